package org.lectern.listing.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The agreement code tells a gerund subject from a plural one before a bracketed acronym, and stays out of other sentences. */
class AgreementTest {
    private static int code(String run, int k) {
        Tokens t = new Tokens(run);
        return Agreement.at(t, Agreement.verbNumbers(t), k);
    }

    @Test
    void aGerundSubjectAndAPluralSubjectReadDifferently() {
        String run = "Domain RAG Pretraining Large Language Models (LLMs) on large corpora is now a standard paradigm.";
        int gerund = code(run, 2);
        int plural = code(run, 3);
        assertNotEquals(0, gerund);
        assertNotEquals(0, plural);
        assertNotEquals(gerund, plural);
        // the same plural subject with a plural verb is a third reading
        int agreeing = code("Domain RAG Pretraining Large Language Models (LLMs) are now a standard paradigm.", 3);
        assertNotEquals(plural, agreeing);
    }

    @Test
    void aVerbOfAnotherClauseDoesNotCount() {
        String run = "Title Words Large Language Models (LLMs) that solve tasks well is what we study.";
        String plain = "Title Words Large Language Models (LLMs) solve tasks well and we study them.";
        assertEquals(code(plain, 2), code(run, 2));
    }

    @Test
    void noCodeWithoutARunIntoABracketedAcronym() {
        assertEquals(0, code("Title Words The use of large language models (LLMs) is growing.", 2));
        assertEquals(0, code("Title Words We study how small models scale with data.", 2));
    }
}
