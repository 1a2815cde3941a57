package org.lectern.listing.split;

import java.util.List;

/**
 * English articles, conjunctions and prepositions: the words Title Case leaves lower-case. Seeing them in a
 * title says nothing about its case style, while any other lower-case word marks sentence case. This is
 * grammar, not vocabulary of particular papers; everything else the splitter knows of words it learned.
 */
final class SmallWords {
    private static final List<String> WORDS = List.of(
            "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by", "with",
            "via", "from", "into", "onto", "as", "vs", "per", "up", "over", "under", "upon", "than",
            "through", "without", "within", "across", "between", "versus", "towards", "toward", "about",
            "after", "before", "against", "beyond", "among", "during", "that", "not", "so", "yet", "off", "out");

    /** Open-addressed table of the words' lower-case hashes (as {@link Tokens} computes them). */
    private static final int[] TABLE = new int[256];
    private static final boolean[] USED = new boolean[256];

    static {
        for (String w : WORDS) {
            int h = hash(w);
            int i = slot(h);
            while (USED[i] && TABLE[i] != h) {
                i = (i + 1) & 255;
            }
            TABLE[i] = h;
            USED[i] = true;
        }
    }

    private SmallWords() {
    }

    static boolean contains(int lowerHash) {
        int i = slot(lowerHash);
        while (USED[i]) {
            if (TABLE[i] == lowerHash) {
                return true;
            }
            i = (i + 1) & 255;
        }
        return false;
    }

    private static int slot(int h) {
        return (h ^ (h >>> 11) ^ (h >>> 22)) & 255;
    }

    static int hash(String lowerWord) {
        int h = 0;
        for (int i = 0; i < lowerWord.length(); i++) {
            h = 31 * h + lowerWord.charAt(i);
        }
        return h;
    }
}
