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
            return of(e.title(), e.abstractText());
        }

        static Example of(String title, String abstractText) {
            return new Example(title + " " + abstractText, title.split("\\s+").length);
        }
    }

    /**
     * An example's candidates as sparse feature rows (most features are zero), computed once so that
     * cross-validation can refit many times cheaply. truth is -1 when the true title is not a candidate.
     */
    record Prepared(int[][] index, double[][] value, int truth) {
        static Prepared of(Example ex) {
            double[][] f = TitleSplitter.features(TitleSplitter.words(ex.run()));
            int[][] index = new int[f.length][];
            double[][] value = new double[f.length][];
            for (int c = 0; c < f.length; c++) {
                int nonZero = 0;
                for (double x : f[c]) {
                    nonZero += x != 0 ? 1 : 0;
                }
                index[c] = new int[nonZero];
                value[c] = new double[nonZero];
                for (int d = 0, j = 0; d < f[c].length; d++) {
                    if (f[c][d] != 0) {
                        index[c][j] = d;
                        value[c][j++] = f[c][d];
                    }
                }
            }
            int t = ex.titleWords() - 1;
            return new Prepared(index, value, t < f.length ? t : -1);
        }

        double score(int c, double[] w) {
            double s = 0;
            for (int j = 0; j < index[c].length; j++) {
                s += w[index[c][j]] * value[c][j];
            }
            return s;
        }

        /** The chosen candidate and its softmax probability. */
        double[] predict(double[] w) {
            int best = 0;
            double[] s = new double[index.length];
            for (int c = 0; c < s.length; c++) {
                s[c] = score(c, w);
                if (s[c] > s[best]) {
                    best = c;
                }
            }
            double sum = 0;
            for (double x : s) {
                sum += Math.exp(x - s[best]);
            }
            return new double[] {best, 1 / sum};
        }
    }

    static double[] fit(List<Example> examples, double lambda, int iterations) {
        return fitPrepared(prepare(examples), lambda, iterations, null);
    }

    static List<Prepared> prepare(List<Example> examples) {
        List<Prepared> out = new ArrayList<>();
        for (Example ex : examples) {
            out.add(Prepared.of(ex));
        }
        return out;
    }

    /** Fits on prepared examples; features switched off in active (null: all on) keep weight 0. */
    static double[] fitPrepared(List<Prepared> examples, double lambda, int iterations, boolean[] active) {
        List<Prepared> rows = new ArrayList<>();
        for (Prepared p : examples) {
            if (p.truth() >= 0 && p.index().length > 0) {
                rows.add(p);
            }
        }
        int dims = TitleSplitter.F;
        double[] prior = TitleSplitter.PRIOR.clone();
        if (active != null) {
            for (int d = 0; d < dims; d++) {
                prior[d] = active[d] ? prior[d] : 0;
            }
        }
        double[] w = prior.clone();
        double[] m = new double[dims];
        double[] v = new double[dims];
        double rate = 0.05;
        for (int it = 1; it <= iterations; it++) {
            double[] grad = new double[dims];
            for (Prepared p : rows) {
                int n = p.index().length;
                double[] s = new double[n];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < n; c++) {
                    s[c] = p.score(c, w);
                    max = Math.max(max, s[c]);
                }
                double sum = 0;
                for (int c = 0; c < n; c++) {
                    s[c] = Math.exp(s[c] - max);
                    sum += s[c];
                }
                for (int c = 0; c < n; c++) {
                    double g = (c == p.truth() ? 1 : 0) - s[c] / sum;
                    for (int j = 0; j < p.index()[c].length; j++) {
                        grad[p.index()[c][j]] += g * p.value()[c][j];
                    }
                }
            }
            // Adam on the mean log-likelihood minus lambda/2 |w - prior|^2
            for (int d = 0; d < dims; d++) {
                if (active != null && !active[d]) {
                    continue;
                }
                double g = grad[d] / rows.size() - lambda * (w[d] - prior[d]);
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

    /**
     * The same papers with sentence-case titles, as many arXiv titles are written: every plain capitalised
     * word after the first becomes lower-case; acronyms and names ("LLM", "GPT-4", "LLaMA") keep their
     * capitals. A word after "?" keeps its capital; the word after a colon keeps it in every other paper,
     * since both styles occur.
     */
    static List<Example> sentenceCase(List<Fixtures.Expected> expected) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            String[] words = expected.get(i).title().split("\\s+");
            StringBuilder title = new StringBuilder(words[0]);
            for (int j = 1; j < words.length; j++) {
                String w = words[j];
                boolean afterColon = words[j - 1].endsWith(":");
                boolean afterSentence = words[j - 1].endsWith("?") || words[j - 1].endsWith("!")
                        || words[j - 1].endsWith(".");
                if (Word.shape(Word.core(w)) == Word.Shape.CAP && !afterSentence && !(afterColon && i % 2 == 0)) {
                    w = w.toLowerCase();
                }
                title.append(' ').append(w);
            }
            out.add(Example.of(title.toString(), expected.get(i).abstractText()));
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

    /** Held-out outcome of cross-validation: which examples were split exactly, with what confidence. */
    record Outcome(boolean[] exact, double[] confidence) {
        double rate() {
            int ok = 0;
            for (boolean e : exact) {
                ok += e ? 1 : 0;
            }
            return (double) ok / exact.length;
        }

        double meanConfidence(boolean right) {
            double sum = 0;
            int n = 0;
            for (int i = 0; i < exact.length; i++) {
                if (exact[i] == right) {
                    sum += confidence[i];
                    n++;
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }

        /** Share of wrong splits whose confidence is below the threshold (they would be shown for review). */
        double wrongBelow(double threshold) {
            int wrong = 0;
            int below = 0;
            for (int i = 0; i < exact.length; i++) {
                if (!exact[i]) {
                    wrong++;
                    below += confidence[i] < threshold ? 1 : 0;
                }
            }
            return wrong == 0 ? 1 : (double) below / wrong;
        }

        String summary() {
            return String.format("%.3f (%d/%d); mean confidence right %.2f, wrong %.2f; wrong below 0.6: %.0f%%",
                    rate(), Math.round(rate() * exact.length), exact.length, meanConfidence(true),
                    meanConfidence(false), 100 * wrongBelow(0.6));
        }
    }

    /**
     * k-fold cross-validation over views of the same papers (e.g. as listed and in sentence case): paper i
     * is in fold i % k; each fold is split by weights fitted on the other folds of the first trained views,
     * so the same paper in another title style never trains its own test.
     */
    static Outcome[] crossValidate(List<List<Prepared>> views, int trained, int k, double lambda, int iterations,
                                   boolean[] active) {
        int n = views.get(0).size();
        Outcome[] out = new Outcome[views.size()];
        for (int v = 0; v < views.size(); v++) {
            out[v] = new Outcome(new boolean[n], new double[n]);
        }
        for (int fold = 0; fold < k; fold++) {
            List<Prepared> train = new ArrayList<>();
            for (List<Prepared> view : views.subList(0, trained)) {
                for (int i = 0; i < n; i++) {
                    if (i % k != fold) {
                        train.add(view.get(i));
                    }
                }
            }
            double[] w = fitPrepared(train, lambda, iterations, active);
            for (int v = 0; v < views.size(); v++) {
                for (int i = fold; i < n; i += k) {
                    Prepared p = views.get(v).get(i);
                    double[] pred = p.index().length == 0 ? new double[] {0, 0} : p.predict(w);
                    out[v].exact()[i] = p.truth() >= 0 && (int) pred[0] == p.truth();
                    out[v].confidence()[i] = pred[1];
                }
            }
        }
        return out;
    }
}
