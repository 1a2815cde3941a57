package org.lectern.store;

import java.util.List;

/** The papers an import added, for work that follows it (looking the new papers up on arXiv). */
public final class ImportedPapers {
    private final Library library;

    public ImportedPapers(Library library) {
        this.library = library;
    }

    /** The ids of the papers import {@code importId} created, in the order it created them; empty once it is undone. */
    public List<Long> added(long importId) {
        return library.read(c -> FamilyPlacements.paperIds(c, importId));
    }
}
