package org.lectern.listing.split;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The splitter's second stage: when the first stage's two likeliest boundaries are at most
 * {@link PairFeatures#REACH} words apart, a linear model over {@link PairFeatures} judges which of the two
 * the words between belong to, and its score is added to the first stage's log odds of the pair. The pair
 * keeps the probability the first stage gave the two together; the re-ranked split's confidence is its share
 * of that, so a close call stays a close call for the review threshold.
 *
 * <p>The pair's log odds (later boundary against earlier) are {@code alpha * firstStage + gamma * pair + beta},
 * the three numbers fitted by likelihood on held-out papers.
 */
record Reranker(Member member, WordStats stats, float alpha, float gamma, float beta) {
    /** The same pair model with other combining numbers. */
    Reranker combined(float newAlpha, float newGamma, float newBeta) {
        return new Reranker(member, stats, newAlpha, newGamma, newBeta);
    }

    /** The pair model's own log odds that the later boundary is right (title of {@code l} words against {@code e}). */
    double pairScore(Tokens t, WordStats.Lookup lookup, int e, int l, int[] buffer) {
        PairFeatures.extract(t, lookup, e, l, buffer);
        return member.score(buffer, 0, PairFeatures.PER_PAIR) * (double) member.scale;
    }

    /**
     * The first stage's two likeliest candidates of a scored run, earlier first, when they are within reach
     * of each other; null otherwise.
     */
    static int[] pair(Splitter.Scores s) {
        if (s.candidates < 2) {
            return null;
        }
        int second = -1;
        for (int c = 0; c < s.candidates; c++) {
            if (c != s.best && (second < 0 || s.p[c] > s.p[second])) {
                second = c;
            }
        }
        if (Math.abs(second - s.best) > PairFeatures.REACH) {
            return null;
        }
        return new int[] {Math.min(second, s.best), Math.max(second, s.best)};
    }

    /** The first stage's log odds of the pair's later boundary against its earlier. */
    static double firstStageOdds(Splitter.Scores s, int[] pair) {
        return Math.log(Math.max(s.p[pair[1]], 1e-300)) - Math.log(Math.max(s.p[pair[0]], 1e-300));
    }

    /** Re-ranks the first stage's two likeliest boundaries of a scored run in place. */
    void rerank(Tokens t, Splitter.Scores s) {
        int[] pair = pair(s);
        if (pair == null) {
            return;
        }
        int early = pair[0];
        int late = pair[1];
        double mass = s.p[early] + s.p[late];
        double first = firstStageOdds(s, pair);
        double odds = alpha * first + gamma * pairScore(t, stats.all, early + 1, late + 1, s.pair) + beta;
        double later = mass / (1 + Math.exp(-odds));
        s.p[late] = later;
        s.p[early] = mass - later;
        s.best = s.p[late] > s.p[early] ? late : early;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeFloat(alpha);
        out.writeFloat(gamma);
        out.writeFloat(beta);
        member.write(out);
        stats.write(out);
    }

    static Reranker read(DataInputStream in) throws IOException {
        float alpha = in.readFloat();
        float gamma = in.readFloat();
        float beta = in.readFloat();
        if (!Float.isFinite(alpha) || !Float.isFinite(gamma) || !Float.isFinite(beta)) {
            throw new IOException("splitter model re-ranker with weights " + alpha + ", " + gamma + ", " + beta);
        }
        return new Reranker(Member.read(in), WordStats.read(in), alpha, gamma, beta);
    }
}
