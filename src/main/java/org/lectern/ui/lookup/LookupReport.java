package org.lectern.ui.lookup;

import java.util.ArrayList;
import java.util.List;

/**
 * What one lookup on arXiv found, paper by paper, and the words that tell the reader: how many were
 * matched, and which were ambiguous, not found or not stored, so none of them goes unmentioned.
 */
final class LookupReport {
    /** How many titles each list names before "and N more": a notice is a line or two, not a page. */
    static final int NAMED = 4;

    private final List<String> ambiguous = new ArrayList<>();
    private final List<String> none = new ArrayList<>();
    private final List<String> notStored = new ArrayList<>();
    private int matched;
    private int lookedUp;
    private int total;
    private String failure;
    private boolean stopped;

    synchronized void lookingUp(int total) {
        this.total = total;
    }

    synchronized void matched() {
        lookedUp++;
        matched++;
    }

    /** Two results agree about as well: neither is taken. */
    synchronized void ambiguous(String title, List<String> arxivIds) {
        lookedUp++;
        ambiguous.add("“" + title + "” (" + String.join(" or ", arxivIds) + ")");
    }

    synchronized void none(String title) {
        lookedUp++;
        none.add("“" + title + "”");
    }

    /** A match the library refused (another paper has that arXiv id, say). */
    synchronized void notStored(String title, String reason) {
        lookedUp++;
        notStored.add("“" + title + "”: " + reason);
    }

    /** A paper deleted (or an import undone) before its turn: nothing to look up. */
    synchronized void gone() {
        lookedUp++;
    }

    /** arXiv could not be reached or refused: the rest is not looked up. */
    synchronized void failed(String reason) {
        failure = reason;
    }

    /** The reader stopped the lookup. */
    synchronized void stopped() {
        stopped = true;
    }

    synchronized int matchedCount() {
        return matched;
    }

    /** The first sentence: how it ended and what it found. */
    /** Whether the lookup ended on a failure, not done or stopped by the reader. */
    synchronized boolean failed() {
        return failure != null;
    }

    synchronized String headline() {
        String counts = matched + " matched" + (ambiguous.isEmpty() ? "" : ", " + ambiguous.size() + " ambiguous")
                + (none.isEmpty() ? "" : ", " + none.size() + " not found")
                + (notStored.isEmpty() ? "" : ", " + notStored.size() + " not stored");
        String papers = total == 1 ? "paper" : "papers";
        if (failure != null) {
            return "The arXiv lookup stopped after " + lookedUp + " of " + total + " " + papers + ": " + failure
                    + (failure.matches(".*[.?!]$") ? "" : ".") + " What was found is kept (" + counts + ")";
        }
        if (stopped) {
            return "The arXiv lookup was stopped after " + lookedUp + " of " + total + " " + papers
                    + "; what was found is kept (" + counts + ")";
        }
        return "Looked up " + total + " " + papers + " on arXiv: " + counts;
    }

    /** The headline and every list that is not empty, each naming its first few papers. */
    synchronized String text() {
        StringBuilder s = new StringBuilder(headline()).append('.');
        list(s, "Ambiguous", ambiguous);
        list(s, "Not found", none);
        list(s, "Not stored", notStored);
        return s.toString();
    }

    private static void list(StringBuilder s, String heading, List<String> items) {
        if (items.isEmpty()) return;
        s.append(' ').append(heading).append(": ").append(String.join("; ", items.subList(0, Math.min(NAMED, items.size()))));
        if (items.size() > NAMED) s.append("; and ").append(items.size() - NAMED).append(" more");
        s.append('.');
    }
}
