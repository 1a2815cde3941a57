package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/**
 * A search with more matches than are counted lists them newest first and says there are more; one
 * with fewer is ranked by bm25 and counted exactly. Either way every match is listed once.
 */
class RankedSearchTest {
    @TempDir
    Path dir;

    private static void importPapers(Library library, int n, String rareWord, int rareCount) {
        List<ParsedPaper> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            // every paper says "common"; the oldest one says it most, so bm25 would put it first;
            // the last rareCount papers also say rareWord, the oldest of them most often
            String text = i == 1 ? "common common common common" : "common filler words number " + i;
            if (i > n - rareCount) text += i == n - rareCount + 1 ? " " + rareWord + " " + rareWord + " " + rareWord : " " + rareWord;
            list.add(paper(i, "Paper number " + i, text, i, null));
        }
        Importer importer = new Importer(library);
        importer.commit(importer.preview("t", new ParseResult("test", list, List.of())));
    }

    @Test
    void aBroadSearchListsEveryMatchOnceNewestFirstAndSaysThereAreMore() {
        int n = RelevanceSearch.COUNTED + 500;
        try (Library library = Library.open(dir.resolve("library.db"))) {
            importPapers(library, n, "scarce", 3);
            Papers papers = new Papers(library);
            PaperFilter f = PaperFilter.all().withSearch("common");
            assertEquals(n, papers.count(f), "the exact count still counts every match");
            Papers.FirstPage first = papers.firstPage(f, Papers.Sort.RELEVANCE, false, 100);
            assertEquals(RelevanceSearch.COUNTED, first.count());
            assertTrue(first.more());

            List<PaperRow> all = new ArrayList<>();
            for (int offset = 0; offset < n; offset += 300) {
                all.addAll(papers.page(f, Papers.Sort.RELEVANCE, false, offset, 300));
            }
            assertEquals(first.rows(), all.subList(0, 100));
            Set<Long> ids = new HashSet<>();
            for (PaperRow r : all) assertTrue(ids.add(r.id()), "listed twice: " + r.id());
            assertEquals(n, ids.size());
            for (int i = 1; i < all.size(); i++) assertTrue(all.get(i - 1).id() > all.get(i).id(), "newest first at " + i);
            // one page spanning the counted matches gives the same rows as the pages around it
            List<PaperRow> across = papers.page(f, Papers.Sort.RELEVANCE, false, RelevanceSearch.COUNTED - 50, 100);
            assertEquals(all.subList(RelevanceSearch.COUNTED - 50, RelevanceSearch.COUNTED + 50), across);
        }
    }

    @Test
    void aNarrowSearchIsRankedAndCountedExactly() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            importPapers(library, 1_200, "scarce", 40);
            Papers papers = new Papers(library);
            PaperFilter f = PaperFilter.all().withSearch("scarce");
            Papers.FirstPage first = papers.firstPage(f, Papers.Sort.RELEVANCE, false, 10);
            assertEquals(40, first.count());
            assertFalse(first.more());
            assertEquals(10, first.rows().size());
            assertEquals("Paper number 1161", first.rows().get(0).title(), "the paper that says it most comes first");
            assertEquals(first.rows(), papers.page(f, Papers.Sort.RELEVANCE, false, 0, 10));
            assertEquals(40, papers.page(f, Papers.Sort.RELEVANCE, false, 0, 100).size());
            assertEquals(40, papers.count(f));
        }
    }

    @Test
    void oneAndTwoLetterPrefixesFindTheirWords() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            TestPapers.importInto(library,
                    paper(1, "Retrieval at Scale", "Reranking helps.", 1, null),
                    paper(2, "Audio Codecs", "Compression of audio.", 1, null));
            Papers papers = new Papers(library);
            assertEquals(1, papers.count(PaperFilter.all().withSearch("re")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("r")));
            assertEquals(2, papers.count(PaperFilter.all().withSearch("a")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("co")));
        }
    }
}
