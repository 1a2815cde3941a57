package org.lectern.listing.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The opening sentence's grammar tells a gerund subject from a title's last word, and decides nothing else. */
class GerundSubjectTest {
    private static final String RUN = "Fast Token Pruning for Efficient Inference Serving Large Language Models (LLMs) "
            + "at scale %s expensive and slow.";
    /** "Serving" is word 6 of the run. */
    private static final int GERUND = 6;

    private static int verdict(String run) {
        return GerundSubject.verdict(new Tokens(run), GERUND);
    }

    @Test
    void aPluralRunBeforeASingularVerbMakesTheIngWordTheSubject() {
        assertEquals(1, verdict(RUN.formatted("is")));
        assertEquals(1, verdict(RUN.formatted("has been")));
    }

    @Test
    void aPluralVerbAgreesWithTheRunSoTheIngWordEndsTheTitle() {
        assertEquals(2, verdict(RUN.formatted("are")));
        assertEquals(2, verdict(RUN.formatted("have been")));
    }

    @Test
    void whatTheGrammarDoesNotTellIsLeftToTheModel() {
        // a singular run takes the same verb as a gerund
        assertEquals(0, verdict("Fast Token Pruning for Efficient Inference Serving Large Language Model (LLM) at scale is hard."));
        // no spelled-out acronym after the word
        assertEquals(0, verdict("Fast Token Pruning for Efficient Inference Serving Large Language Models at scale is hard."));
        // the word is no "-ing" word
        assertEquals(0, verdict("Fast Token Pruning for Efficient Inference Serves Large Language Models (LLMs) at scale is hard."));
        // a verb other than "be" or "have" carries no number the check reads
        assertEquals(0, verdict(RUN.formatted("remains")));
        // "Process", "Corpus", "Analysis" are singular whatever their last letter
        assertEquals(0, GerundSubject.verdict(new Tokens("Fast Token Pruning Serving Data Analysis (DA) at scale is hard."), 3));
        assertEquals(0, GerundSubject.verdict(new Tokens("Fast Token Pruning Serving Molecular Dynamics (MD) is a standard tool."), 3));
        // the run is no subject when a noun follows the bracket: "deployment" is what "is" agrees with
        assertEquals(0, verdict("Fast Token Pruning for Efficient Inference Serving Large Language Models (LLMs) deployment is costly."));
    }

    @Test
    void theSplitterTakesTheGrammaticalBoundaryAndMarksItForReview() {
        Splitter splitter = Splitter.shipped();
        String run = RUN.formatted("is");
        Splitter.Choice choice = splitter.choose(run);
        assertEquals("Fast Token Pruning for Efficient Inference", run.substring(0, choice.cut()).trim());
        assertTrue(choice.uncertain(), "a boundary the grammar moved against the model is reviewed");

        Splitter.Choice agreeing = splitter.choose(RUN.formatted("are"));
        assertEquals("Fast Token Pruning for Efficient Inference Serving",
                RUN.formatted("are").substring(0, agreeing.cut()).trim());
    }

    @Test
    void withoutTheCheckTheModelAloneKeepsTheIngWordInTheTitle() {
        // the case the check exists for: the model's own choice, read with the check off
        Splitter alone = new Splitter(Splitter.shipped().model(), false);
        String run = RUN.formatted("is");
        Splitter.Choice choice = alone.choose(run);
        assertEquals("Fast Token Pruning for Efficient Inference Serving", run.substring(0, choice.cut()).trim());
        assertFalse(choice.cut() == Splitter.shipped().choose(run).cut());
    }
}
