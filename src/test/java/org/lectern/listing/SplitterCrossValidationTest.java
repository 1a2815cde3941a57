package org.lectern.listing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Estimates how the splitter does on listings nobody here has seen: 10-fold cross-validation over the seed
 * and dev papers, each fold split by weights fitted without it. The papers are also evaluated with
 * sentence-case titles, a common style that the fixtures have little of.
 */
class SplitterCrossValidationTest {

    @Test
    void crossValidatedSplitRate() {
        List<Fixtures.Expected> all = Fixtures.allExpected();
        List<SplitterFit.Prepared> listed = SplitterFit.prepare(SplitterFit.examples(all));
        List<SplitterFit.Prepared> sentence = SplitterFit.prepare(SplitterFit.sentenceCase(all));
        SplitterFit.Outcome[] cv = SplitterFit.crossValidate(List.of(listed, sentence), TRAINED_VIEWS, 10,
                SplitterFitTest.LAMBDA, SplitterFitTest.ITERATIONS, null);
        System.out.println("10-fold cross-validated split rate, titles as listed: " + cv[0].summary());
        System.out.println("10-fold cross-validated split rate, sentence-case titles: " + cv[1].summary());
        assertTrue(cv[0].rate() >= 0.96, "cross-validated rate as listed " + cv[0].rate());
        assertTrue(cv[1].rate() >= 0.95, "cross-validated rate in sentence case " + cv[1].rate());
        assertTrue(cv[0].meanConfidence(false) < cv[0].meanConfidence(true), "wrong splits are not less confident");
        assertTrue(cv[0].wrongBelow(0.6) >= 0.8, "too few wrong splits are marked uncertain");
    }

    /** Weights are fitted on both views, as SplitterFitTest does for the shipped weights. */
    static final int TRAINED_VIEWS = 2;
}
