package org.lectern.ui;

/** A count with its noun in the right number, as every notice and the status bar say it: "1 line", "2 lines". */
public final class Counted {
    private Counted() {
    }

    /** {@code n} and {@code one} for 1, else {@code n} and {@code many}. */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
