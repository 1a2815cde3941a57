package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.export.ExportFormat;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;

/** Lectern's own BibTeX export, read back into an empty library, gives the same papers, and exports the same. */
class BibtexRoundTripTest {
    @TempDir
    Path dir;

    private static String resource(String path) throws Exception {
        try (InputStream in = BibtexRoundTripTest.class.getResourceAsStream("/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Paper> load(Library library, String text) {
        ParseResult parsed = Listings.parse(text);
        assertEquals(List.of(), parsed.diagnostics());
        Importer importer = new Importer(library);
        importer.commit(importer.preview("test", parsed));
        return new Papers(library).all(PaperFilter.all());
    }

    private static String bibtex(List<Paper> papers) throws Exception {
        StringWriter out = new StringWriter();
        ExportFormat.BIBTEX.write(papers, out);
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"listings/dev-daily-papers-2024.txt", "listings/seed-ernie-and-friends.txt"})
    void theExportReimportsToTheSamePapers(String listing) throws Exception {
        try (Library first = Library.open(dir.resolve("first.db")); Library second = Library.open(dir.resolve("second.db"))) {
            List<Paper> original = load(first, resource(listing));
            assertTrue(original.size() >= 28, "the listing was read: " + original.size());
            String exported = bibtex(original);
            List<Paper> back = load(second, exported);
            assertEquals(original.size(), back.size());
            for (int i = 0; i < original.size(); i++) {
                Paper a = original.get(i);
                Paper b = back.get(i);
                assertEquals(a.title(), b.title());
                assertEquals(a.abstractText(), b.abstractText(), a.title());
                assertEquals(a.published(), b.published(), a.title());
                assertEquals(a.authors(), b.authors(), a.title());
                assertEquals(a.arxivId(), b.arxivId(), a.title());
                assertEquals(a.authorNames(), b.authorNames(), a.title());
                assertTrue(b.bibtexKey() != null, "the key it was exported under is kept");
            }
            assertEquals(exported, bibtex(back), "a second export writes the same file, keys included");
        }
    }
}
