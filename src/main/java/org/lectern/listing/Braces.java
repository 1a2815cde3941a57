package org.lectern.listing;

/** Walks TeX-like text a character at a time, passing over the character after a backslash and counting braces. */
final class Braces {
    /** Where a walk stops. */
    @FunctionalInterface
    interface Stop {
        /** Whether the walk stops at {@code i}, the character {@code c}, with {@code depth} braces open once {@code c} is counted. */
        boolean at(int i, char c, int depth);
    }

    private Braces() {
    }

    /**
     * The first index in [{@code from}, {@code to}) at which {@code stop} holds, counting depth from 0 at {@code from};
     * -1 when there is none. An escaped character ({@code \{}, {@code \"} …) is never offered to it.
     */
    static int find(CharSequence s, int from, int to, Stop stop) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (stop.at(i, c, depth)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the '}' closing the '{' at {@code open}, or -1 when it does not close before {@code to}. */
    static int closing(CharSequence s, int open, int to) {
        return find(s, open, to, (i, c, depth) -> c == '}' && depth == 0);
    }
}
