package org.lectern.store;

/**
 * What a committed import did; {@code importId} undoes it. Every paper read is counted once: added,
 * updated, unchanged (repeated within the listing included) or ambiguous (left out, and reported).
 *
 * @param byId         papers already in the library recognised by arXiv id
 * @param byTitle      ... by normalised title (with abstracts that agree)
 * @param byText       ... by their whole text, split another way
 * @param placeholders of the added papers, those known by an id alone ("needs details")
 * @param completed    placeholders that this import gave their details
 * @param bySplit      ... by a given title beginning a guessed split's text
 */
public record ImportOutcome(long importId, int added, int updated, int unchanged, int errors,
                            int byId, int byTitle, int byText, int ambiguous, int placeholders, int completed,
                            int bySplit) {

    public ImportOutcome(long importId, int added, int updated, int unchanged, int errors) {
        this(importId, added, updated, unchanged, errors, 0, 0, 0, 0, 0, 0, 0);
    }

    public ImportOutcome(long importId, int added, int updated, int unchanged, int errors,
                         int byId, int byTitle, int byText, int ambiguous, int placeholders, int completed) {
        this(importId, added, updated, unchanged, errors, byId, byTitle, byText, ambiguous, placeholders, completed, 0);
    }

    /** How the known papers were recognised, e.g. "by id 3, by title 1, by text 2"; empty when none were. */
    public String matchedBy() {
        StringBuilder s = new StringBuilder();
        if (byId > 0) s.append("by id ").append(byId);
        if (byTitle > 0) s.append(s.isEmpty() ? "" : ", ").append("by title ").append(byTitle);
        if (byText > 0) s.append(s.isEmpty() ? "" : ", ").append("by text ").append(byText);
        if (bySplit > 0) s.append(s.isEmpty() ? "" : ", ").append("by title within the text ").append(bySplit);
        return s.toString();
    }

    @Override
    public String toString() {
        String by = matchedBy();
        return added + " new, " + updated + " updated, " + unchanged + " unchanged"
                + (by.isEmpty() ? "" : " (known " + by + ")")
                + (ambiguous > 0 ? ", " + ambiguous + " ambiguous" : "")
                + ", " + errors + (errors == 1 ? " error" : " errors");
    }
}
