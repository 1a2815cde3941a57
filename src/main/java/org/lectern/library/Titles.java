package org.lectern.library;

import java.text.Normalizer;
import java.util.Locale;

/** The identity of a title across listings: case, accents, punctuation and spacing do not count. */
public final class Titles {
    private Titles() {
    }

    /** "ERNIE 2.0: A Continual…" and "ernie 2.0 — a continual…" give the same key. */
    public static String key(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) out.append(' ');
                out.append(c);
                space = false;
            } else if (c != '.' && c != '\'' && c != '\u2019') {
                space = true; // dots and apostrophes join ("2.0" stays "20", "Don't" stays "dont")
            }
        }
        return out.toString();
    }
}
