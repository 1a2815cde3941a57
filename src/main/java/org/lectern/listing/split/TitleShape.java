package org.lectern.listing.split;

/**
 * Whether the words chosen as a title read like one. The model scores boundaries; this looks at the
 * result as a whole, and catches the rare confident split that glued a sentence onto the title or cut
 * the title short.
 */
final class TitleShape {
    /** Titles this long are rare enough that one is worth a look. */
    static final int LONG_TITLE = 28;

    private TitleShape() {
    }

    /** True when the first k words of the run look unlike a title. */
    static boolean unlikeTitle(Tokens t, int k) {
        if (k >= LONG_TITLE) {
            return true;
        }
        int last = k - 1;
        // a title does not end on an article, a preposition or a comma: something was cut off
        if (t.shape[last] == Tokens.SMALL || t.ending[last] == Tokens.END_COMMA) {
            return true;
        }
        for (int i = 0; i < last; i++) {
            if (t.endsSentence(i)) {
                return true;
            }
        }
        return false;
    }
}
