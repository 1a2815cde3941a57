package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;

/**
 * A prefix written as the words it covers finds the same papers as the prefix itself: checked for
 * every three-letter prefix of a real listing's words, alone and after another word.
 */
class PrefixExpansionTest {
    @TempDir
    Path dir;

    @Test
    void everyPrefixOfARealListingFindsTheSamePapersAsTheIndexsOwnPrefixQuery() throws Exception {
        ParseResult listing = Listings.parse(Files.readString(Path.of(
                getClass().getResource("/listings/dev-daily-papers-2024.txt").toURI())));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("dev.txt", listing));
            Papers papers = new Papers(library);
            Set<String> prefixes = new TreeSet<>();
            for (var p : listing.papers()) {
                for (String w : (p.title() + " " + p.abstractText()).toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
                    if (w.length() >= 3) prefixes.add(w.substring(0, 3));
                }
            }
            int expanded = 0;
            for (String prefix : prefixes) {
                for (String typed : List.of(prefix, "model " + prefix)) {
                    PaperFilter f = PaperFilter.all().withSearch(typed);
                    String plain = SearchQuery.toFts(typed);
                    Set<Long> expected = library.read(c -> ids(c, plain));
                    Set<Long> found = new TreeSet<>();
                    for (PaperRow r : papers.page(f, Papers.Sort.RELEVANCE, false, 0, Integer.MAX_VALUE)) found.add(r.id());
                    assertEquals(expected, found, typed);
                    assertEquals(expected.size(), papers.count(f), typed);
                    if (!library.read(c -> RelevanceSearch.fts(c, typed)).equals(plain)) expanded++;
                }
            }
            // most prefixes of a few hundred papers cover few words: the rewriting is what was tested
            assertTrue(expanded > prefixes.size() / 2, "expanded " + expanded + " of " + 2 * prefixes.size());
        }
    }

    @Test
    void aWordWhoseStemStemsAgainKeepsThePrefix() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            // porter: "agreed" is indexed as "agre", and "agre" typed as a query would be stemmed to "agr"
            TestPapers.importInto(library,
                    paper(1, "Raters Agreed", "They agreed on most labels.", 1, null),
                    paper(2, "Agriculture Models", "Crop yields.", 1, null));
            Papers papers = new Papers(library);
            String fts = library.read(c -> RelevanceSearch.fts(c, "agr"));
            assertEquals(SearchQuery.toFts("agr"), fts, "a covered word that does not tokenize to itself keeps the prefix");
            assertEquals(2, papers.count(PaperFilter.all().withSearch("agr")));
            assertNotEquals(SearchQuery.toFts("agricult"), library.read(c -> RelevanceSearch.fts(c, "agricult")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("agricult")));
        }
    }

    private static Set<Long> ids(java.sql.Connection c, String fts) throws java.sql.SQLException {
        Set<Long> out = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?")) {
            s.setString(1, fts);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
