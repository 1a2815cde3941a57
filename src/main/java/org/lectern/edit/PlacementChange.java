package org.lectern.edit;

import java.util.function.LongSupplier;

import org.lectern.store.FamilyPlacements;
import org.lectern.store.Organizer;

/**
 * Places an import's new papers in the families they belong to. The first apply asks the classifier and
 * records what it placed; a redo writes that record back, so it restores the same memberships and
 * suggestions. Undo takes exactly them out.
 */
public final class PlacementChange implements Change {
    private final Organizer organizer;
    private final FamilyPlacements placements;
    private final LongSupplier importId;
    private volatile FamilyPlacements.Snapshot placed;
    private volatile Organizer.Placed counts = new Organizer.Placed(0, 0, 0);

    /** {@code importId} is asked at each apply: a redone import has a new id. */
    public PlacementChange(Organizer organizer, FamilyPlacements placements, LongSupplier importId) {
        this.organizer = organizer;
        this.placements = placements;
        this.importId = importId;
    }

    @Override
    public String description() {
        return "Place the new papers in families";
    }

    @Override
    public void apply() {
        long id = importId.getAsLong();
        if (placed == null) {
            counts = organizer.placeNew(id);
            placed = placements.of(id);
        } else {
            placements.restore(id, placed);
        }
    }

    @Override
    public void undo() {
        if (placed != null) placements.remove(importId.getAsLong(), placed);
    }

    /** What the first apply placed: memberships added and suggestions left for the reader. */
    public Organizer.Placed placed() {
        return counts;
    }
}
