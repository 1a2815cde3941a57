package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;

/** Migration 6 rebuilds the paper table without losing a row of it or of what hangs on it. */
class IdentityMigrationTest {
    @TempDir
    Path dir;

    @Test
    void anOlderLibraryKeepsItsPapersNotesTagsAndFamiliesAndLetsTwoPapersShareATitle() throws Exception {
        Path file = dir.resolve("library.db");
        OldLibrary.write(file, List.of("V1__library.sql", "V2__proposal_rejection.sql", "V3__search_prefixes.sql", "V4__title_order.sql"), 4,
                OldLibrary.paperWithNoteAndTag(7, "INSERT INTO paper(id, title, title_key, abstract, added_at, status, queue_pos) VALUES"
                        + " (7, 'Old Paper', 'old paper', 'about codecs and speech at low rates', '2024-01-01T00:00:00Z', 'queued', 1.5)",
                "INSERT INTO family(id, name, color, created_at) VALUES (1, 'Codecs', '#123456', '2024-01-01T00:00:00Z')",
                "INSERT INTO family_member(family_id, paper_id, source, added_at) VALUES (1, 7, 'reader', '2024-01-01T00:00:00Z')",
                "INSERT INTO status_change(paper_id, status, at) VALUES (7, 'queued', '2024-01-01T00:00:00Z')"));
        try (Library library = Library.open(file)) {
            assertEquals(Library.SCHEMA_VERSION, library.userVersion());
            Papers papers = new Papers(library);
            Paper p = papers.get(7).orElseThrow();
            assertEquals("remember zebrafish", p.note());
            assertEquals(List.of("quokka"), p.tags());
            assertEquals(List.of("Codecs"), p.families());
            assertEquals(1, papers.history(7).size());
            assertEquals(1.5, papers.place(7).queuePosition());
            assertEquals(1, papers.count(PaperFilter.all().withSearch("zebrafish")));
            long hash = library.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT text_hash FROM paper WHERE id = 7")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertEquals(TextIdentity.textHash("Old Paper", "about codecs and speech at low rates"), hash);
            Importer importer = new Importer(library);
            ImportOutcome o = importer.commit(importer.preview("t", TestPapers.listing(
                    TestPapers.paper(1, "Old Paper", "robots grasping cups from human videos in kitchens", 1, null))));
            assertEquals(1, o.added(), "a second paper with the same title");
            assertEquals(2, papers.count(PaperFilter.all()));
            ImportOutcome same = importer.commit(importer.preview("t", TestPapers.listing(
                    TestPapers.paper(1, "Old", "Paper about codecs and speech at low rates", null, null))));
            assertEquals(1, same.byText(), "the migrated paper is known by its text");
            boolean consistent = library.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    return !rs.next();
                }
            });
            assertTrue(consistent, "no row points at a paper that is not there");
        }
    }
}
