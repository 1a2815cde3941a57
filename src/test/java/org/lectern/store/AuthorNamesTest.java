package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/** Author names and the BibTeX key are stored with a paper, read back whole, and filled in by a later listing. */
class AuthorNamesTest {
    @TempDir
    Path dir;

    private static ParsedPaper named(String title, Integer count, String key, List<String> names) {
        return new ParsedPaper(1, null, title, "", count, null, null, null, null, 1, null, key, names);
    }

    private static ParseResult listing(ParsedPaper... papers) {
        return new ParseResult("test", List.of(papers), List.of());
    }

    @Test
    void namesAndKeyOfANewPaperAreStoredAndReadBack() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("t", listing(
                    named("Named Paper", null, "sun2019ernie", List.of("Yu Sun", "Shuohuan Wang")),
                    named("Anonymous Paper", 4, null, List.of()))));
            List<Paper> all = new Papers(library).all(PaperFilter.all());
            Paper named = all.stream().filter(p -> p.title().equals("Named Paper")).findFirst().orElseThrow();
            assertEquals(List.of("Yu Sun", "Shuohuan Wang"), named.authorNames());
            assertEquals(2, named.authors(), "the count follows the names when the listing gives none");
            assertEquals("sun2019ernie", named.bibtexKey());
            Paper anonymous = all.stream().filter(p -> p.title().equals("Anonymous Paper")).findFirst().orElseThrow();
            assertEquals(List.of(), anonymous.authorNames());
            assertEquals(4, anonymous.authors());
            assertNull(anonymous.bibtexKey());
        }
    }

    @Test
    void aLaterListingFillsNamesThatAreMissingButNeverReplacesKnownOnes() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("first", listing(named("Known Names", null, null, List.of("A One")),
                    named("No Names Yet", null, null, List.of()))));
            importer.commit(importer.preview("second", listing(named("Known Names", null, null, List.of("B Two")),
                    named("No Names Yet", null, null, List.of("C Three", "D Four")))));
            List<Paper> all = new Papers(library).all(PaperFilter.all());
            assertEquals(List.of("A One"), all.get(0).authorNames());
            assertEquals(List.of("C Three", "D Four"), all.get(1).authorNames());
            assertEquals(2, all.get(1).authors());
        }
    }

    @Test
    void aFourthSchemaLibraryGainsTheColumnsWithItsPapersKept() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (int v = 1; v <= 4; v++) s.executeUpdate(script(v));
            s.execute("PRAGMA user_version = 4");
            s.execute("INSERT INTO paper(id, title, title_key, abstract, authors, added_at) "
                    + "VALUES (1, 'Old Paper', 'old paper', 'x', 3, '2024-01-01T00:00:00Z')");
        }
        try (Library library = Library.open(file)) {
            assertEquals(Library.SCHEMA_VERSION, library.userVersion());
            Paper old = new Papers(library).get(1).orElseThrow();
            assertEquals(List.of(), old.authorNames());
            assertEquals(3, old.authors());
            assertNull(old.bibtexKey());
        }
    }

    private static String script(int version) throws Exception {
        String name = switch (version) {
            case 1 -> "V1__library.sql";
            case 2 -> "V2__proposal_rejection.sql";
            case 3 -> "V3__search_prefixes.sql";
            default -> "V4__title_order.sql";
        };
        try (InputStream in = Library.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
