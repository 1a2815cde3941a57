package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.listing.ParsedPaper;

/**
 * What a search in relevance order lists, however it is read: every match of the index, ranked by bm25
 * with equal ranks newest first when there are at most {@link RelevanceSearch#COUNTED} of them, newest
 * first past that. The searches here match papers in every layout that could mislead a search reading
 * the newest papers first: matches crowded among the newest papers but few in all, many but none among
 * the newest, many everywhere, and few spread out; phrases, words that must all be there, and boolean
 * searches. Each is compared with the index asked directly, ranking every match.
 */
class SearchOrderTest {
    private static final int PAPERS = 2_400;

    @TempDir
    Path dir;

    private static String text(int i) {
        StringBuilder t = new StringBuilder("filler words number ").append(i);
        // crowded among the newest, 900 in all, said one to three times so bm25 tells them apart
        if (i > PAPERS - 900) t.append(" alpha beta".repeat(1 + i % 3));
        // 1,100, none among the newest 200
        if (i <= PAPERS - 200 && i % 2 == 0 && i > 200) t.append(" gamma delta");
        // nearly everywhere
        if (i % 10 != 0) t.append(" epsilon zeta");
        // few, spread out
        if (i % 150 == 0) t.append(" eta theta eta");
        return t.toString();
    }

    @Test
    void everySearchListsTheIndexsMatchesInItsOrder() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            List<ParsedPaper> list = new ArrayList<>();
            for (int i = 1; i <= PAPERS; i++) list.add(paper(i, "Paper " + i, text(i), i, null));
            TestPapers.importInto(library, list.toArray(ParsedPaper[]::new));
            Papers papers = new Papers(library);
            for (String search : List.of("\"alpha beta\"", "\"gamma delta\"", "\"epsilon zeta\"", "\"eta theta\"",
                    "alpha zeta", "epsilon zet", "beta AND delta", "gamma AND epsilon", "\"zeta eta\"", "theta AND alpha", "alpha NOT eta")) {
                PaperFilter f = PaperFilter.all().withSearch(search);
                int all = papers.count(f);
                List<Long> expected = library.read(c -> expected(c, RelevanceSearch.fts(c, search), all > RelevanceSearch.COUNTED));
                Papers.FirstPage first = papers.firstPage(f, Papers.Sort.RELEVANCE, false, 100);
                assertEquals(Math.min(all, RelevanceSearch.COUNTED), first.count(), search);
                assertEquals(all > RelevanceSearch.COUNTED, first.more(), search);
                assertEquals(expected.subList(0, Math.min(100, expected.size())), ids(first.rows()), search + ": the first page");
                // the newest share read first may hold more matches than are counted, or all of the library
                for (int share : new int[] {1, 2, 3, RelevanceSearch.SAMPLE_SHARE}) {
                    RelevanceSearch.Result r = library.read(c -> RelevanceSearch.run(c, search, 0, 100, share));
                    assertEquals(expected.subList(0, Math.min(100, expected.size())), r.ids(), search + ", 1/" + share + " read first");
                    assertEquals(Math.min(all, RelevanceSearch.COUNTED), r.count(), search + ", 1/" + share + " read first");
                }
                List<Long> paged = new ArrayList<>();
                for (int offset = 0; offset < all; offset += 250) paged.addAll(ids(papers.page(f, Papers.Sort.RELEVANCE, false, offset, 250)));
                assertEquals(expected, paged, search + ": every page");
            }
        }
    }

    /** Every match, ranked when {@code newestFirst} is false. */
    private static List<Long> expected(java.sql.Connection c, String fts, boolean newestFirst) throws java.sql.SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ? ORDER BY "
                + (newestFirst ? "rowid DESC" : "rank, rowid DESC"))) {
            s.setString(1, fts);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static List<Long> ids(List<PaperRow> rows) {
        return rows.stream().map(PaperRow::id).toList();
    }
}
