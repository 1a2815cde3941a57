package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A search with more matches than are ranked: the newest ranked first, the rest after, every match once. */
class RankedSearchTest {
    @TempDir
    Path dir;

    @Test
    void pagesPastTheRankedMatchesListEveryMatchOnceInOneOrder() {
        int n = Papers.RANKED_MATCHES + 500;
        try (Library library = Library.open(dir.resolve("library.db"))) {
            List<ParsedPaper> list = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                // every paper says "common"; the oldest one says it most, so bm25 would put it first
                String text = i == 1 ? "common common common common" : "common filler words number " + i;
                list.add(paper(i, "Paper number " + i, text, i, null));
            }
            Importer importer = new Importer(library);
            importer.commit(importer.preview("t", new ParseResult("test", list, List.of())));
            Papers papers = new Papers(library);
            PaperFilter f = PaperFilter.all().withSearch("common");
            assertEquals(n, papers.count(f));

            List<PaperRow> all = new ArrayList<>();
            for (int offset = 0; offset < n; offset += 300) {
                all.addAll(papers.page(f, Papers.Sort.RELEVANCE, false, offset, 300));
            }
            Set<Long> ids = new HashSet<>();
            for (PaperRow r : all) assertTrue(ids.add(r.id()), "listed twice: " + r.id());
            assertEquals(n, ids.size());
            // the oldest paper is outside the newest ranked matches: it comes last, after them
            assertEquals("Paper number 1", all.get(all.size() - 1).title());
            // one page spanning the cut gives the same rows as the pages around it
            List<PaperRow> across = papers.page(f, Papers.Sort.RELEVANCE, false, Papers.RANKED_MATCHES - 50, 100);
            assertEquals(all.subList(Papers.RANKED_MATCHES - 50, Papers.RANKED_MATCHES + 50), across);
        }
    }

    @Test
    void oneAndTwoLetterPrefixesFindTheirWords() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("t", TestPapers.listing(
                    paper(1, "Retrieval at Scale", "Reranking helps.", 1, null),
                    paper(2, "Audio Codecs", "Compression of audio.", 1, null))));
            Papers papers = new Papers(library);
            assertEquals(1, papers.count(PaperFilter.all().withSearch("re")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("r")));
            assertEquals(2, papers.count(PaperFilter.all().withSearch("a")));
            assertEquals(1, papers.count(PaperFilter.all().withSearch("co")));
        }
    }
}
