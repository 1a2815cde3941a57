package org.lectern.listing.split;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * How often a word, by its lower-case hash, opens an abstract, ends a title and stands anywhere in a title,
 * counted over the training papers. The re-ranker asks it of the words between two boundaries: a word that
 * opens many abstracts and ends few titles is more likely the abstract's than the title's. A count is kept
 * as a byte on a log scale ({@link #LEVELS_PER_DOUBLING} levels per doubling), per hash bucket.
 */
final class WordStats {
    /** A word's count levels: the counts of every training paper, or of all but one. */
    interface Lookup {
        int level(int kind, int lowerHash);
    }

    static final int OPENER = 0;
    static final int FINAL = 1;
    static final int IN_TITLE = 2;
    private static final int KINDS = 3;
    static final int LEVELS_PER_DOUBLING = 8;

    final int bits;
    /** Exact counts while training (null once read from a model file). */
    private final int[][] counts;
    /** The counts' levels, per kind and bucket. */
    final byte[][] levels;

    private WordStats(int bits, int[][] counts, byte[][] levels) {
        this.bits = bits;
        this.counts = counts;
        this.levels = levels;
    }

    /** Counts the words of the papers' titles and abstracts' first words, lower-cased as {@link Tokens} hashes them. */
    static WordStats count(List<Corpus.Paper> papers, int bits) {
        int[][] counts = new int[KINDS][1 << bits];
        for (Corpus.Paper paper : papers) {
            int[] own = ownBuckets(paper, bits);
            for (int i = 0; i < own.length; i++) {
                counts[Math.min(i, IN_TITLE)][own[i]]++;
            }
        }
        byte[][] levels = new byte[KINDS][1 << bits];
        for (int kind = 0; kind < KINDS; kind++) {
            for (int b = 0; b < levels[kind].length; b++) {
                levels[kind][b] = (byte) level(counts[kind][b]);
            }
        }
        return new WordStats(bits, counts, levels);
    }

    /**
     * The buckets a paper adds to: its abstract's first word, its title's last word, then each title word
     * (the kind of entry i is min(i, IN_TITLE)).
     */
    private static int[] ownBuckets(Corpus.Paper paper, int bits) {
        Tokens title = new Tokens(paper.title());
        Tokens opening = new Tokens(paper.abstractText());
        if (title.size == 0 || opening.size == 0) {
            return new int[0];
        }
        int[] own = new int[2 + title.size];
        own[OPENER] = bucket(opening.lower[0], bits);
        own[FINAL] = bucket(title.lower[title.size - 1], bits);
        for (int w = 0; w < title.size; w++) {
            own[2 + w] = bucket(title.lower[w], bits);
        }
        return own;
    }

    /** The same counts without one paper's own words, so a training paper is described as an unseen one would be. */
    Leaving without(Corpus.Paper paper) {
        return new Leaving(ownBuckets(paper, bits));
    }

    /** The counts of every training paper but one. */
    final class Leaving implements Lookup {
        private final int[] own;

        private Leaving(int[] own) {
            this.own = own;
        }

        @Override
        public int level(int kind, int lowerHash) {
            int b = bucket(lowerHash, bits);
            if (counts == null) {
                return WordStats.this.level(kind, lowerHash);
            }
            int c = counts[kind][b];
            for (int i = 0; i < own.length; i++) {
                if (own[i] == b && Math.min(i, IN_TITLE) == kind) {
                    c--;
                }
            }
            return WordStats.level(c);
        }
    }

    /** The counts of every training paper. */
    final Lookup all = this::level;

    /** The level of a word's count of this kind. */
    int level(int kind, int lowerHash) {
        return levels[kind][bucket(lowerHash, bits)] & 0xff;
    }

    /** A count's level: 0 for none, then {@link #LEVELS_PER_DOUBLING} per doubling. */
    static int level(int count) {
        return count <= 0 ? 0 : Math.min(255, 1 + (int) Math.round(LEVELS_PER_DOUBLING * Math.log(count) / Math.log(2)));
    }

    static int bucket(int lowerHash, int bits) {
        return (lowerHash * 0x2C1B3C6D) >>> (32 - bits);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(bits);
        for (byte[] kind : levels) {
            out.write(kind);
        }
    }

    static WordStats read(DataInputStream in) throws IOException {
        int bits = in.readInt();
        if (bits < 4 || bits > 22) {
            throw new IOException("splitter model word counts over 2^" + bits + " buckets");
        }
        byte[][] levels = new byte[KINDS][1 << bits];
        for (byte[] kind : levels) {
            in.readFully(kind);
        }
        return new WordStats(bits, null, levels);
    }
}
