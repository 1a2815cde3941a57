package org.lectern.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Takes papers out of the library, with everything that hangs on them, and keeps it to give back. */
public final class Deletions {
    /** More papers than this at once get a backup of the library first. */
    public static final int HANDFUL = 5;

    private final Library library;

    public Deletions(Library library) {
        this.library = library;
    }

    /** What a delete did: the papers as they were, and the backup made first (null when none was needed). */
    public record Deleted(PaperSnapshot before, Path backup) {
    }

    /** Deletes the papers with these ids in one transaction; an unknown id is refused before anything goes. */
    public Deleted delete(Collection<Long> paperIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(paperIds));
        if (ids.isEmpty()) throw new IllegalArgumentException("no papers to delete");
        Path backup = ids.size() > HANDFUL ? Backups.create(library, "before-delete") : null;
        PaperSnapshot before = library.write(c -> {
            PaperSnapshot snapshot = PaperSnapshot.take(c, ids);
            if (snapshot.papers() != ids.size()) throw new StoreException("some of the papers " + ids + " are not in the library");
            try (PreparedStatement s = c.prepareStatement("DELETE FROM paper WHERE id = ?")) {
                for (long id : ids) {
                    s.setLong(1, id);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return snapshot;
        });
        return new Deleted(before, backup);
    }
}
