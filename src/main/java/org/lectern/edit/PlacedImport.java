package org.lectern.edit;

import java.util.List;

import org.lectern.store.FamilyPlacements;
import org.lectern.store.ImportOutcome;
import org.lectern.store.Library;
import org.lectern.store.Organizer;
import org.lectern.store.StoreException;

/**
 * An import and the placement of its new papers in families, as one change: undo takes both back, redo
 * brings back the papers and the very memberships they had. The window and the command line both import
 * through it. Placing is a transaction of its own after the import's: when it fails (a full disk) the
 * imported papers stay, in no family yet, and {@link #placingFailure()} says why.
 */
public final class PlacedImport extends CompositeChange {
    private final ImportChange importing;
    private final PlacementChange placing;
    private volatile StoreException placingFailure;

    private PlacedImport(ImportChange importing, PlacementChange placing) {
        super(importing.description(), List.of(importing, placing));
        this.importing = importing;
        this.placing = placing;
    }

    /** {@code importing} followed by placing what it added. */
    public static PlacedImport of(ImportChange importing, Organizer organizer, FamilyPlacements placements) {
        return new PlacedImport(importing, new PlacementChange(organizer, placements, () -> importing.outcome().importId()));
    }

    /** {@link #of} with the library's own organizer and placements. */
    public static PlacedImport of(ImportChange importing, Library library) {
        return of(importing, new Organizer(library), new FamilyPlacements(library));
    }

    @Override
    public void apply() {
        importing.apply();
        try {
            placing.apply();
            placingFailure = null;
        } catch (StoreException e) {
            placingFailure = e;
        }
    }

    /** Why the latest apply could not place the new papers in families; null when it could. */
    public StoreException placingFailure() {
        return placingFailure;
    }

    /** An import that added no paper and updated none: there is nothing to undo, and nothing was placed. */
    @Override
    public boolean changedNothing() {
        return importing.changedNothing();
    }

    /** What the latest apply imported; null before the first one. */
    public ImportOutcome outcome() {
        return importing.outcome();
    }

    /** What placing did on the first apply. */
    public Organizer.Placed placed() {
        return placing.placed();
    }
}
