package org.lectern.store;

/** What a committed import did; {@code importId} undoes it. */
public record ImportOutcome(long importId, int added, int updated, int unchanged, int errors) {
    @Override
    public String toString() {
        return added + " new, " + updated + " updated, " + unchanged + " unchanged, " + errors + " errors";
    }
}
