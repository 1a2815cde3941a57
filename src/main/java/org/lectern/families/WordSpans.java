package org.lectern.families;

/**
 * Where the words of a text stand, without copying them out: runs of letters and digits, and, when asked,
 * over single inner hyphens too ("on-device", "text-to-3D"). The tokenizer and the name checks read
 * words the same way through this.
 */
final class WordSpans {
    private WordSpans() {
    }

    /** Where {@code w} starts once the punctuation before its first letter or digit is passed over. */
    static int firstLetter(String w) {
        int a = 0;
        while (a < w.length() && !Character.isLetterOrDigit(w.charAt(a))) {
            a++;
        }
        return a;
    }

    /** Where {@code w} ends once the punctuation after its last letter or digit (back to {@code from}) is cut. */
    static int afterLastLetter(String w, int from) {
        int b = w.length();
        while (b > from && !Character.isLetterOrDigit(w.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /** One word: {@code text.substring(start, end)}. */
    @FunctionalInterface
    interface Span {
        void accept(int start, int end);
    }

    /** Hands {@code each} every word of {@code text} (none when it is null), in order. */
    static void each(String text, boolean hyphens, Span each) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || (hyphens && text.charAt(i) == '-'
                    && i > start && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))))) {
                i++;
            }
            if (i > start) {
                each.accept(start, i);
            }
        }
    }
}
