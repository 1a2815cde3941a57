package org.lectern.families;

import java.util.List;
import java.util.Locale;

/**
 * The words papers are written in, as a reader sees them: the text cut at spaces, each piece stripped of
 * the punctuation around it. A name or a reason word must be one of these, or a run of them within one
 * sentence, so that no piece of a word ("ision" of "GPT-4V(ision)", "Don" of "Don't", "4V" of "GPT-4V")
 * and no pair read across a full stop is shown as if the papers said it.
 */
final class WrittenWords {

    // every paper as " word word | word ", where | stands for a break between sentences or clauses
    private final String[] texts;

    WrittenWords(List<Document> docs) {
        texts = new String[docs.size()];
        for (int i = 0; i < texts.length; i++) {
            Document d = docs.get(i);
            texts[i] = normalise((d.title() == null ? "" : d.title()) + " . "
                    + (d.abstractText() == null ? "" : d.abstractText()));
        }
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append(' ');
        for (String piece : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            int a = WordSpans.firstLetter(piece);
            int b = WordSpans.afterLastLetter(piece, a);
            if (a < b) {
                out.append(piece, a, b).append(' ');
            }
            if (b < piece.length() && ".,;:!?)]".indexOf(piece.charAt(piece.length() - 1)) >= 0) {
                out.append("| ");
            }
        }
        return out.toString();
    }

    /** Whether some paper writes {@code phrase} (any case) as whole words, one after another. */
    boolean says(String phrase) {
        String p = " " + phrase.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ") + " ";
        if (p.isBlank()) {
            return false;
        }
        for (String t : texts) {
            if (t.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
