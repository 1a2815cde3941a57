package org.lectern.ui.importing;

/** Moves the title/abstract boundary of a one-line listing entry by one word. */
public final class Boundary {
    private Boundary() {
    }

    /** A title and abstract after a move. */
    public record Split(String title, String abstractText) {
    }

    /** The title's last word goes to the start of the abstract; a one-word title stays. */
    public static Split left(String title, String abstractText) {
        String t = title.strip();
        int cut = t.lastIndexOf(' ');
        if (cut < 0) return new Split(title, abstractText);
        String word = t.substring(cut + 1);
        String rest = abstractText == null ? "" : abstractText.strip();
        return new Split(t.substring(0, cut).strip(), rest.isEmpty() ? word : word + " " + rest);
    }

    /** The abstract's first word goes to the end of the title; an empty abstract stays. */
    public static Split right(String title, String abstractText) {
        String a = abstractText == null ? "" : abstractText.strip();
        if (a.isEmpty()) return new Split(title, abstractText);
        int cut = a.indexOf(' ');
        String word = cut < 0 ? a : a.substring(0, cut);
        String rest = cut < 0 ? "" : a.substring(cut + 1).strip();
        return new Split(title.strip() + " " + word, rest);
    }
}
