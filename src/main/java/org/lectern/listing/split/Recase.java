package org.lectern.listing.split;

/**
 * Rewrites a Title Case title the way other sites print titles: sentence case ("Scaling laws for neural
 * language models") or all lower case. Words with capitals inside them (acronyms, names such as "GPT-4" or
 * "LoRA") keep their case, as the sites do. Training on a share of re-cased titles teaches the splitter
 * that a title can be lower-case without being part of the abstract.
 */
public final class Recase {
    private Recase() {
    }

    /** First word, and the first word after a colon, capitalised as written; every other plain word lower-cased. */
    public static String sentenceCase(String title) {
        return recase(title, true);
    }

    /** Every plain word lower-cased, the first one too. */
    public static String lowerCase(String title) {
        return recase(title, false);
    }

    private static String recase(String title, boolean keepFirst) {
        StringBuilder out = new StringBuilder(title.length());
        boolean first = true;
        int i = 0;
        int n = title.length();
        while (i < n) {
            char c = title.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(title.charAt(end))) {
                end++;
            }
            String word = title.substring(i, end);
            out.append(first && keepFirst || !plain(word) ? word : word.toLowerCase(java.util.Locale.ROOT));
            first = word.endsWith(":");
            i = end;
        }
        return out.toString();
    }

    /** A word whose only capitals open it or its hyphen parts ("Large", "Pre-Training"): safe to lower-case. */
    static boolean plain(String word) {
        boolean partStart = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && !partStart) {
                    return false;
                }
                partStart = false;
            } else if (c == '-') {
                partStart = true;
            } else if (Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
