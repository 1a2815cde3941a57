package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;

/** Fits the splitter's weights by maximising the softmax likelihood of the true boundary (L2-regularised). */
final class SplitterFit {
    private SplitterFit() {
    }

    /** A title+abstract run and the word count of its true title. */
    record Example(String run, int titleWords) {
        static Example of(Fixtures.Expected e) {
            return new Example(e.title() + " " + e.abstractText(), e.title().split("\\s+").length);
        }
    }

    static double[] fit(List<Example> examples, double lambda, int iterations) {
        List<double[][]> rows = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (Example ex : examples) {
            double[][] f = TitleSplitter.features(TitleSplitter.words(ex.run()));
            if (ex.titleWords() - 1 < f.length) {
                rows.add(f);
                truth.add(ex.titleWords() - 1);
            }
        }
        int dims = TitleSplitter.F;
        double[] w = TitleSplitter.PRIOR.clone();

        double[] m = new double[dims];
        double[] v = new double[dims];
        double rate = 0.05;
        for (int it = 1; it <= iterations; it++) {
            double[] grad = new double[dims];
            for (int e = 0; e < rows.size(); e++) {
                double[][] f = rows.get(e);
                double[] s = new double[f.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < f.length; c++) {
                    for (int d = 0; d < dims; d++) {
                        s[c] += w[d] * f[c][d];
                    }
                    max = Math.max(max, s[c]);
                }
                double sum = 0;
                for (int c = 0; c < f.length; c++) {
                    s[c] = Math.exp(s[c] - max);
                    sum += s[c];
                }
                int t = truth.get(e);
                for (int c = 0; c < f.length; c++) {
                    double p = s[c] / sum;
                    for (int d = 0; d < dims; d++) {
                        grad[d] += ((c == t ? 1 : 0) - p) * f[c][d];
                    }
                }
            }
            // Adam on the mean log-likelihood minus lambda/2 |w|^2
            for (int d = 0; d < dims; d++) {
                double g = grad[d] / rows.size() - lambda * (w[d] - TitleSplitter.PRIOR[d]);
                m[d] = 0.9 * m[d] + 0.1 * g;
                v[d] = 0.999 * v[d] + 0.001 * g * g;
                double mh = m[d] / (1 - Math.pow(0.9, it));
                double vh = v[d] / (1 - Math.pow(0.999, it));
                w[d] += rate * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
        return w;
    }

    static List<Example> examples(List<Fixtures.Expected> expected) {
        List<Example> out = new ArrayList<>();
        for (Fixtures.Expected e : expected) {
            out.add(Example.of(e));
        }
        return out;
    }

    /** Share of examples split exactly; misses are appended to the report. */
    static double accuracy(TitleSplitter splitter, List<Example> examples, StringBuilder misses) {
        int ok = 0;
        for (Example ex : examples) {
            TitleSplitter.Split split = splitter.split(ex.run());
            int words = split.title().isEmpty() ? 0 : split.title().split("\\s+").length;
            if (words == ex.titleWords()) {
                ok++;
            } else if (misses != null) {
                misses.append(String.format("  got %.2f [%s] | %s%n", split.confidence(), split.title(),
                        split.abstractText().substring(0, Math.min(60, split.abstractText().length()))));
            }
        }
        return (double) ok / examples.size();
    }
}
