package org.lectern.listing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fits the splitter's weights: for each paper, a softmax over its candidate boundaries, and the log
 * likelihood of the true one is climbed with Adagrad (a listwise fit: a boundary is only judged against
 * the other boundaries of the same paper). Each member is fitted alone, through its own hash bits, with
 * its own order of papers and its own re-cased titles, so their mistakes differ. Deterministic for a
 * seed: member i's order and re-casing come from one {@link Random} seeded by the seed and i.
 */
public final class Trainer {
    /** The settings of a training run. */
    public record Settings(int bucketBits, int epochs, double learningRate, double sentenceCaseShare,
                           double lowerCaseShare, long seed, int members) {
    }

    private final Settings settings;

    public Trainer(Settings settings) {
        this.settings = settings;
    }

    /** The number of title words in a paper's run, as the splitter counts words. */
    static int titleWords(String title) {
        return new Tokens(title).size;
    }

    /** Learns every member from the papers; the model has temperature 1 and no threshold until calibrated. */
    public SplitModel train(List<Corpus.Paper> papers) {
        List<Member> members = new ArrayList<>();
        for (int salt = 0; salt < settings.members(); salt++) {
            members.add(train(papers, salt));
        }
        return new SplitModel(members, 1, 0);
    }

    private Member train(List<Corpus.Paper> papers, int salt) {
        int bits = settings.bucketBits();
        float[] w = new float[1 << bits];
        float[] g2 = new float[1 << bits];
        int[] features = new int[Features.MAX_TITLE_WORDS * Features.PER_CANDIDATE];
        double[] p = new double[Features.MAX_TITLE_WORDS];
        Random random = new Random(settings.seed() * 0x9E3779B97F4A7C15L + salt);
        int[] order = new int[papers.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float lr = (float) settings.learningRate();
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int index : order) {
                Corpus.Paper paper = papers.get(index);
                String title = recased(paper.title(), random.nextDouble(), settings.sentenceCaseShare(), settings.lowerCaseShare());
                int truth = titleWords(title) - 1;
                Tokens t = new Tokens(title + " " + paper.abstractText());
                int candidates = Features.extract(t, features);
                if (truth < 0 || truth >= candidates) {
                    continue;
                }
                for (int i = 0; i < candidates * Features.PER_CANDIDATE; i++) {
                    features[i] = Member.index(features[i], bits, salt);
                }
                softmax(w, features, candidates, 1, p);
                for (int c = 0; c < candidates; c++) {
                    float g = (float) (p[c] - (c == truth ? 1 : 0));
                    if (Math.abs(g) < 1e-5f) {
                        continue;
                    }
                    int o = c * Features.PER_CANDIDATE;
                    for (int j = 0; j < Features.PER_CANDIDATE; j++) {
                        int f = features[o + j];
                        g2[f] += g * g;
                        w[f] -= lr * g / (float) Math.sqrt(g2[f] + 1e-6f);
                    }
                }
            }
        }
        return new Member(w, salt);
    }

    /** The title in sentence case when the draw r falls in the first share, in lower case in the next, else as written. */
    static String recased(String title, double r, double sentenceShare, double lowerShare) {
        return r < sentenceShare ? Recase.sentenceCase(title) : r < sentenceShare + lowerShare ? Recase.lowerCase(title) : title;
    }

    /** Softmax probabilities of the candidates under the weights (features as bucket indices). */
    static void softmax(float[] w, int[] features, int candidates, double temperature, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates; c++) {
            double s = 0;
            int o = c * Features.PER_CANDIDATE;
            for (int j = 0; j < Features.PER_CANDIDATE; j++) {
                s += w[features[o + j]];
            }
            p[c] = s / temperature;
            max = Math.max(max, p[c]);
        }
        normalise(p, candidates, max);
    }

    /** Turns scores (the highest is {@code max}) into softmax probabilities in place. */
    static void normalise(double[] p, int candidates, double max) {
        double sum = 0;
        for (int c = 0; c < candidates; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < candidates; c++) {
            p[c] /= sum;
        }
    }

    static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }
}
