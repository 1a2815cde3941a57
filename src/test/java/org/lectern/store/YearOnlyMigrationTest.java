package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperDate;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;

/**
 * A schema 8 library: its 1st of January dates become years where the import that brought the paper in
 * (DBLP, Scholar) can only have given a year, and stay days everywhere else.
 */
class YearOnlyMigrationTest {
    @TempDir
    Path dir;

    private Path schema8Library() throws Exception {
        Path file = dir.resolve("library.db");
        try (InputStream in = YearOnlyMigrationTest.class.getResourceAsStream("/store/schema-8-library.db")) {
            Files.copy(in, file);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertEquals(8, s.executeQuery("PRAGMA user_version").getInt(1));
            s.execute("INSERT INTO import(id, at, source, format) VALUES (1, '2024-05-01T00:00:00Z', 'dblp.txt', 'dblp')");
            s.execute("INSERT INTO import(id, at, source, format) VALUES (2, '2024-05-02T00:00:00Z', 'scholar.txt', 'scholar')");
            s.execute("INSERT INTO import(id, at, source, format) VALUES (3, '2024-05-03T00:00:00Z', 'refs.bib', 'bibtex')");
            s.execute("INSERT INTO import(id, at, source, format) VALUES (4, '2024-05-04T00:00:00Z', 'cards.txt', 'huggingface-cards')");
            String paper = "INSERT INTO paper(id, title, title_key, abstract, published, arxiv_id, added_at, import_id)"
                    + " VALUES (%d, '%s', '%s', '', %s, %s, '2024-05-01T00:00:00Z', %d)";
            s.execute(paper.formatted(10, "Dblp Year", "dblp year", "'2021-01-01'", "'2103.04567'", 1));
            s.execute(paper.formatted(11, "Scholar Year", "scholar year", "'2020-01-01'", "NULL", 2));
            s.execute(paper.formatted(12, "Bibtex Year", "bibtex year", "'2019-01-01'", "NULL", 3));
            s.execute(paper.formatted(13, "Card Day", "card day", "'2024-01-01'", "NULL", 4));
            s.execute(paper.formatted(14, "Dblp Other Day", "dblp other day", "'2021-06-30'", "NULL", 1));
            // a Scholar result without a year, whose date a later import gave it (remembered for its undo)
            s.execute(paper.formatted(15, "Scholar Dated Later", "scholar dated later", "'2023-01-01'", "NULL", 2));
            s.execute("INSERT INTO import_update(import_id, paper_id, details, old_title, old_abstract, old_published)"
                    + " VALUES (4, 15, 1, 'Scholar Dated Later', '', NULL)");
            // an import that filled in the DBLP paper's abstract remembers the date it had
            s.execute("INSERT INTO import_update(import_id, paper_id, details, old_title, old_abstract, old_published)"
                    + " VALUES (4, 10, 1, 'Dblp Year', '', '2021-01-01')");
        }
        return file;
    }

    private static Map<Long, String> column(Library library, String sql) {
        return library.read(c -> {
            Map<Long, String> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
                while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
            }
            return out;
        });
    }

    @Test
    void onlyDatesThatCanOnlyHaveBeenAYearBecomeTheYear() throws Exception {
        Path file = schema8Library();
        try (Library library = Library.open(file)) {
            assertEquals(Library.SCHEMA_VERSION, library.userVersion());
            assertEquals(List.of(), library.read(c -> SchemaCheck.differences(c, Library.SCHEMA_VERSION)));
            Map<Long, String> published = column(library, "SELECT id, published FROM paper WHERE id >= 10 ORDER BY id");
            assertEquals(Map.of(10L, "2021", 11L, "2020", 12L, "2019-01-01", 13L, "2024-01-01",
                    14L, "2021-06-30", 15L, "2023-01-01"), published);
            assertEquals("2021", column(library, "SELECT paper_id, old_published FROM import_update WHERE paper_id = 10").get(10L),
                    "undoing that import gives the year back, as a year");

            Papers papers = new Papers(library);
            assertEquals(PaperDate.year(2021), papers.get(10).orElseThrow().published());
            assertEquals(PaperDate.day(2019, 1, 1), papers.get(12).orElseThrow().published());

            ParseResult card = Listings.parse("Dblp Year\nPaper \u2022 2103.04567 \u2022 Published Mar 8, 2021 \u2022 4\n");
            new Importer(library).commit("card.txt", card.format(), card.papers(), 0, x -> { });
            assertEquals(PaperDate.day(2021, 3, 8), papers.get(10).orElseThrow().published(),
                    "the migrated year takes a later listing's day");
        }
    }
}
