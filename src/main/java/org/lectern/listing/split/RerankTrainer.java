package org.lectern.listing.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Fits the second stage. The pair model learns from the training papers alone (logistic loss, Adagrad), with
 * word counts that leave the paper itself out and the first stage's share of re-cased titles. Each visit of a
 * paper gives it the pairs that hold the true boundary: against each boundary up to {@link PairFeatures#REACH}
 * words away, and against the first stage's likeliest other boundary when that is within reach, the rival it
 * has to beat. How much its score counts against the first stage's is then fitted on held-out papers, where
 * the first stage is as unsure as it will be on papers it never saw. Deterministic for a seed.
 */
final class RerankTrainer {
    /** The settings of the pair model's fit. */
    record Settings(int bucketBits, int statBits, int epochs, double learningRate, double sentenceCaseShare,
                    double lowerCaseShare, long seed) {
    }

    private final Settings settings;

    RerankTrainer(Settings settings) {
        this.settings = settings;
    }

    /** Learns the pair model over this first stage; it counts as much as the first stage until {@link #combine}d. */
    Reranker train(List<Corpus.Paper> papers, SplitModel firstStage) {
        WordStats stats = WordStats.count(papers, settings.statBits());
        Splitter splitter = new Splitter(firstStage.firstStage());
        Splitter.Scores s = new Splitter.Scores(firstStage);
        Pairs pairs = new Pairs(settings.bucketBits(), (float) settings.learningRate());
        Random random = new Random(settings.seed() * 0xD1B54A32D192ED03L + 1);
        int[] order = new int[papers.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Trainer.shuffle(order, random);
            for (int index : order) {
                Corpus.Paper paper = papers.get(index);
                String title = Trainer.recased(paper.title(), random.nextDouble(), settings.sentenceCaseShare(),
                        settings.lowerCaseShare());
                int truth = Trainer.titleWords(title);
                Tokens t = new Tokens(title + " " + paper.abstractText());
                if (splitter.score(t, s) < truth) {
                    continue;
                }
                WordStats.Lookup others = stats.without(paper);
                int rival = -1;
                for (int c = 0; c < s.candidates; c++) {
                    if (c != truth - 1 && (rival < 0 || s.p[c] > s.p[rival])) {
                        rival = c;
                    }
                }
                if (rival >= 0 && Math.abs(rival + 1 - truth) <= PairFeatures.REACH) {
                    pairs.learn(t, others, truth, rival + 1);
                }
                for (int d = 1; d <= PairFeatures.REACH; d++) {
                    if (truth + d <= s.candidates) {
                        pairs.learn(t, others, truth, truth + d);
                    }
                    if (truth - d >= 1) {
                        pairs.learn(t, others, truth, truth - d);
                    }
                }
            }
        }
        return new Reranker(new Member(pairs.w, 0), stats, 1, 1, 0);
    }

    /** The pair model's weights as they are fitted. */
    private static final class Pairs {
        final float[] w;
        private final float[] g2;
        private final int[] features = new int[PairFeatures.PER_PAIR];
        private final int bits;
        private final float lr;

        Pairs(int bits, float lr) {
            this.w = new float[1 << bits];
            this.g2 = new float[1 << bits];
            this.bits = bits;
            this.lr = lr;
        }

        /** One step on the pair of the true boundary and another (both as title word counts). */
        void learn(Tokens t, WordStats.Lookup stats, int truth, int other) {
            int e = Math.min(truth, other);
            PairFeatures.extract(t, stats, e, Math.max(truth, other), features);
            double z = 0;
            for (int j = 0; j < features.length; j++) {
                features[j] = Member.index(features[j], bits, 0);
                z += w[features[j]];
            }
            float g = (float) (1 / (1 + Math.exp(-z)) - (truth == e ? 0 : 1));
            if (Math.abs(g) < 1e-5f) {
                return;
            }
            for (int f : features) {
                g2[f] += g * g;
                w[f] -= lr * g / (float) Math.sqrt(g2[f] + 1e-6f);
            }
        }
    }

    /**
     * Fits how the pair model's score and the first stage's log odds combine, by likelihood on held-out
     * papers (titles as listed and re-cased) whose first stage's two likeliest boundaries are close and hold
     * the true one.
     */
    static Reranker combine(SplitModel firstStage, Reranker pairs, List<Corpus.Paper> papers, List<UnaryOperator<String>> recasings) {
        Splitter splitter = new Splitter(firstStage.firstStage());
        Splitter.Scores s = new Splitter.Scores(firstStage);
        List<double[]> rows = new ArrayList<>();
        for (UnaryOperator<String> recase : recasings) {
            for (Corpus.Paper paper : papers) {
                String title = recase.apply(paper.title());
                int truth = Trainer.titleWords(title) - 1;
                Tokens t = new Tokens(title + " " + paper.abstractText());
                splitter.score(t, s);
                int[] pair = Reranker.pair(s);
                if (pair == null || truth != pair[0] && truth != pair[1]) {
                    continue;
                }
                double first = Reranker.firstStageOdds(s, pair);
                double own = pairs.pairScore(t, pairs.stats().all, pair[0] + 1, pair[1] + 1, s.pair);
                rows.add(new double[] {first, own, 1, truth == pair[1] ? 1 : 0});
            }
        }
        double[] fit = Logistic.fit(rows, 3);
        return pairs.combined((float) fit[0], (float) fit[1], (float) fit[2]);
    }
}
