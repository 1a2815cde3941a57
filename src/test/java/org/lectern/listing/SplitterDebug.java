package org.lectern.listing;

import java.util.List;

/** Prints the best candidates of a run with their active features, to see why a split was chosen. */
final class SplitterDebug {
    private SplitterDebug() {
    }

    static String explain(String run, double[] weights) {
        List<Word> words = TitleSplitter.words(run);
        double[][] f = TitleSplitter.features(words);
        TitleSplitter splitter = new TitleSplitter(weights);
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < f.length; c++) {
            double s = splitter.score(f[c]);
            if (s < -3) {
                continue;
            }
            out.append(String.format("  %6.2f k=%d ...%s | %s :", s, c + 1, words.get(c).text, words.get(c + 1).text));
            for (int d = 0; d < f[c].length; d++) {
                if (f[c][d] != 0) {
                    out.append(String.format(" %s=%.2f(%.2f)", TitleSplitter.FEATURES[d], f[c][d], weights[d] * f[c][d]));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
