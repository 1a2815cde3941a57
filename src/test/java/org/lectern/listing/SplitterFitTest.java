package org.lectern.listing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks that the splitter's features generalise: weights fitted on half the papers split the other half.
 * Weights are fitted on every paper twice, with its title as listed and in sentence case, so that the
 * model does not learn that titles are always in Title Case.
 */
class SplitterFitTest {

    @Test
    void weightsFittedOnEvenPapersSplitTheOddOnes() {
        List<Fixtures.Expected> papers = Fixtures.allExpected();
        List<SplitterFit.Example> all = SplitterFit.examples(papers);
        List<SplitterFit.Example> sentence = SplitterFit.sentenceCase(papers);
        List<SplitterFit.Example> even = new ArrayList<>();
        List<SplitterFit.Example> odd = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 2 == 0 ? even : odd).add(all.get(i));
        }
        List<SplitterFit.Example> evenBoth = new ArrayList<>(even);
        List<SplitterFit.Example> oddBoth = new ArrayList<>(odd);
        for (int i = 0; i < all.size(); i++) {
            (i % 2 == 0 ? evenBoth : oddBoth).add(sentence.get(i));
        }
        double[] onEven = SplitterFit.fit(evenBoth, LAMBDA, ITERATIONS);
        double[] onOdd = SplitterFit.fit(oddBoth, LAMBDA, ITERATIONS);
        StringBuilder misses = new StringBuilder();
        double oddRate = SplitterFit.accuracy(new TitleSplitter(onEven), odd, misses);
        double evenRate = SplitterFit.accuracy(new TitleSplitter(onOdd), even, misses);
        System.out.printf("held-out split rate: fit even -> odd %.3f, fit odd -> even %.3f%n%s", oddRate, evenRate,
                misses);
        List<SplitterFit.Example> both = new ArrayList<>(all);
        both.addAll(sentence);
        double[] full = SplitterFit.fit(both, LAMBDA, ITERATIONS);
        StringBuilder weights = new StringBuilder("weights fitted on all papers:\n");
        for (int d = 0; d < full.length; d++) {
            weights.append(String.format("  %-15s %7.2f   (even %6.2f, odd %6.2f)%n", TitleSplitter.FEATURES[d],
                    full[d], onEven[d], onOdd[d]));
        }
        System.out.print(weights);
        StringBuilder literal = new StringBuilder("    static final double[] WEIGHTS = {");
        for (int d = 0; d < full.length; d++) {
            literal.append(d % 8 == 0 ? "\n        " : " ").append(String.format("%.2f,", full[d]));
        }
        System.out.println(literal.append("\n    };"));
        System.out.printf("fit-on-all training rate %.3f%n",
                SplitterFit.accuracy(new TitleSplitter(full), all, null));
        for (SplitterFit.Example ex : all) {
            if (System.getProperty("explain") != null && ex.run().contains(System.getProperty("explain"))) {
                System.out.println(SplitterDebug.explain(ex.run(), full));
            }
        }
        assertTrue(oddRate >= 0.93 && evenRate >= 0.93, "held-out split rate below 93%");
    }

    /** Pull towards the prior; chosen by 10-fold cross-validation (SplitterCrossValidationTest). */
    static final double LAMBDA = 0.03;
    static final int ITERATIONS = 1500;
}
