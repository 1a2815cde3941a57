package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The indexes on {@code paper} during an import that adds far more papers than the library holds:
 * written row by row, each new paper is an insert at a random place in every index; built once at the
 * end, each is one sort. They are dropped inside the import's transaction and made again, from their
 * own SQL, before it commits, so the library never commits without them (a kill rolls the drop back).
 * The identity indexes (title key, text hash) are only dropped when the library was empty: otherwise
 * the import's lookups need them.
 */
final class ImportIndexes {
    /** New papers an import must have added before its indexes are worth building again whole. */
    static final int AFTER = 10_000;
    /** Needed by an import's lookups of the papers the library already holds. */
    private static final Set<String> IDENTITY = Set.of("paper_by_title_key", "paper_by_text_hash");

    private final boolean emptyLibrary;
    private final long libraryPapers;
    private final List<String> dropped = new ArrayList<>();
    private boolean done;

    ImportIndexes(long libraryPapers) {
        this.libraryPapers = libraryPapers;
        this.emptyLibrary = libraryPapers == 0;
    }

    /** Drops the indexes once, when {@code added} new papers make it worth it (between batches). */
    void consider(Connection c, long added) throws SQLException {
        if (done || added < AFTER || added <= libraryPapers) return;
        done = true;
        List<String[]> indexes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'paper' AND sql IS NOT NULL ORDER BY name");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) indexes.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        try (Statement s = c.createStatement()) {
            for (String[] index : indexes) {
                if (!emptyLibrary && IDENTITY.contains(index[0])) continue;
                s.execute("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
                dropped.add(index[1]);
            }
        }
    }

    /** Makes the dropped indexes again, exactly as they were defined. */
    void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : dropped) s.execute(sql);
        }
        dropped.clear();
    }
}
