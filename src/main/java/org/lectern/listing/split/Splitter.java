package org.lectern.listing.split;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Finds where the title ends in a "TITLE ABSTRACT" run with a learned model: every boundary after one of
 * the first {@link Features#MAX_TITLE_WORDS} words is scored by each member of the model, a softmax over
 * the summed scores gives each boundary a probability, the second stage ({@link Reranker}) weighs the two
 * likeliest against each other when they are close, and the best one wins. Its probability is the
 * confidence. A split is flagged for review when the confidence is below the model's threshold, when the
 * members would choose different boundaries (a second opinion that disagrees), or when the title side reads
 * unlike a title.
 */
public final class Splitter {
    /** Where the shipped model lives on the class path (written by {@code lectern train-splitter}). */
    public static final String RESOURCE = "/org/lectern/listing/split/splitter-model.bin.gz";
    /** The share of a listing's papers that may be marked for review: the least confident of those below the threshold. */
    public static final double REVIEW_SHARE = 0.06;

    /**
     * A split of a run: the abstract starts at char {@code cut} (the run's length when the run is all
     * title); {@code confidence} is the probability that this is the right boundary.
     */
    public record Choice(int cut, int titleWords, double confidence, boolean uncertain) {
    }

    /** What the model makes of one run: per candidate c (a title of c+1 words) its probability, and each member's pick. */
    static final class Scores {
        final int[] features = new int[Features.MAX_TITLE_WORDS * Features.PER_CANDIDATE];
        final double[] p = new double[Features.MAX_TITLE_WORDS];
        final int[][] memberScores;
        final int[] memberBest;
        /** The second stage's features of the pair it re-ranks. */
        final int[] pair = new int[PairFeatures.PER_PAIR];
        int candidates;
        int best;
        /** The opening sentence's grammar moved the choice to the other of the two likeliest boundaries. */
        boolean grammarMoved;

        Scores(SplitModel model) {
            memberScores = new int[model.members.length][Features.MAX_TITLE_WORDS];
            memberBest = new int[model.members.length];
        }

        /** The members would not all choose the same boundary. */
        boolean disagree() {
            for (int b : memberBest) {
                if (b != memberBest[0]) {
                    return true;
                }
            }
            return false;
        }
    }

    private final SplitModel model;
    /** Whether the opening sentence's grammar checks the second stage's choice ({@link GerundSubject}). */
    private final boolean grammar;

    public Splitter(SplitModel model) {
        this(model, true);
    }

    Splitter(SplitModel model, boolean grammar) {
        this.model = model;
        this.grammar = grammar;
    }

    /** The model that ships with Lectern, read once on first use (the holder idiom makes that thread-safe). */
    public static Splitter shipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final Splitter INSTANCE = new Splitter(load());

        private static SplitModel load() {
            try (InputStream in = Splitter.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the splitter model " + RESOURCE + " is missing from the build");
                }
                return SplitModel.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the splitter model " + RESOURCE + " cannot be read", e);
            }
        }
    }

    public SplitModel model() {
        return model;
    }

    /** The confidence below which a split is flagged. */
    public double threshold() {
        return model.threshold;
    }

    /** Splits a stripped run; fewer than two words is all title, with confidence 0. */
    public Choice choose(String run) {
        Tokens t = new Tokens(run);
        Scores s = new Scores(model);
        if (score(t, s) == 0) {
            return new Choice(run.length(), t.size, 0, true);
        }
        int k = s.best + 1;
        double confidence = s.p[s.best];
        if (s.disagree() || s.grammarMoved || TitleShape.unlikeTitle(t, k)) {
            // a title side that reads like prose, a boundary the members dispute, or one the grammar moved
            // against the model, is reviewed whatever the summed probability says
            confidence = capped(confidence, model.threshold);
        }
        return new Choice(t.start[k], k, confidence, confidence < model.threshold);
    }

    /** The confidence of a split reviewed whatever its probability: just under the threshold, or lower. */
    static double capped(double probability, double threshold) {
        return Math.min(probability, threshold * 0.99);
    }

    /** Fills {@code s} for the run's candidates and returns their count (0: nothing to split). */
    int score(Tokens t, Scores s) {
        int candidates = Features.extract(t, s.features);
        s.candidates = candidates;
        s.best = 0;
        s.grammarMoved = false;
        if (candidates == 0) {
            return 0;
        }
        Member[] members = model.members;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates; c++) {
            s.p[c] = 0;
        }
        for (int m = 0; m < members.length; m++) {
            Member member = members[m];
            int[] own = s.memberScores[m];
            int best = 0;
            for (int c = 0; c < candidates; c++) {
                own[c] = member.score(s.features, c * Features.PER_CANDIDATE);
                s.p[c] += own[c] * (double) member.scale;
                if (own[c] > own[best]) {
                    best = c;
                }
            }
            s.memberBest[m] = best;
        }
        for (int c = 0; c < candidates; c++) {
            s.p[c] /= model.temperature;
            if (s.p[c] > max) {
                max = s.p[c];
                s.best = c;
            }
        }
        Trainer.normalise(s.p, candidates, max);
        if (model.reranker != null) {
            model.reranker.rerank(t, s);
            s.grammarMoved = grammar && GerundSubject.check(t, s);
        }
        return candidates;
    }
}
