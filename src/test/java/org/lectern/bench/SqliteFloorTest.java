package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lectern.listing.ParsedPaper;

/** The floor loads the same rows into the minimal schema, by the shell or, without one, by sqlite-jdbc. */
class SqliteFloorTest {
    @TempDir
    Path dir;

    private final List<ParsedPaper> papers = new SyntheticPapers(5).papers(300, 5);

    @Test
    void theDriverLoadsEveryRowIntoAMinimalSearchableSchema() throws Exception {
        loadsEveryRowSearchably(SqliteFloor::loadByDriver, "sqlite-jdbc");
    }

    @Test
    void theShellLoadsTheSameRows() throws Exception {
        assumeTrue(SqliteFloor.shellAvailable(), "no sqlite3 shell here");
        loadsEveryRowSearchably(SqliteFloor::loadByShell, "sqlite3 shell");
    }

    /** One way of loading the floor's rows into a file. */
    private interface Load {
        SqliteFloor.Result into(Path db, Path sql) throws Exception;
    }

    private void loadsEveryRowSearchably(Load load, String engine) throws Exception {
        Path sql = dir.resolve("floor.sql");
        SqliteFloor.writeRows(sql, papers);
        Path db = dir.resolve("floor.db");
        SqliteFloor.Result r = load.into(db, sql);
        assertEquals(300, r.papers());
        assertTrue(r.engine().startsWith(engine), r.engine());
        assertSearchable(db);
    }

    // one table with a unique title key, one external-content index that finds every paper by its title's first word
    private void assertSearchable(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'paper_fts_%'")) {
                rs.next();
                assertEquals(2, rs.getInt(1), "paper and paper_fts only");
            }
            try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'paper_fts'")) {
                rs.next();
                assertTrue(rs.getString(1).contains("content='paper'"), rs.getString(1));
            }
            ParsedPaper first = papers.get(0);
            String word = first.title().split("[^\\p{L}\\p{N}]+")[0];
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM paper_fts WHERE paper_fts MATCH '\"" + word.replace("\"", "") + "\"'"
                    + " AND rowid = 1")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the first paper is found by " + word);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(DISTINCT title_key) FROM paper")) {
                rs.next();
                assertEquals(300, rs.getInt(1));
            }
        }
    }
}
