package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.store.TestPapers.paper;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/**
 * A listing imported in batches, each paper matched and written as it comes: papers repeated across
 * batches are still found (by id, by whole text, by title with an abstract edited a little) though the
 * batch no longer holds their text, and the outcome is that of previewing the whole list first.
 */
class StreamedImportTest extends LibraryInTempFolder {
    @Test
    void repeatsAcrossBatchesAreFoundAndTheOutcomeIsThatOfTheWholeList() throws Exception {
        List<ParsedPaper> list = listing();
        ImportPreview whole = importer.preview("t", new ParseResult("test", list, List.of()));

        List<ImportPreview.Item> streamedItems = new ArrayList<>();
        List<Integer> readCounts = new ArrayList<>();
        ImportPreview streamed = importer.preview("t", "test", PaperBatches.of(list, 0), (items, counts) -> {
            streamedItems.addAll(items);
            readCounts.add(counts.read());
        });
        assertEquals(whole.items(), streamed.items());
        assertEquals(whole.items(), streamedItems);
        assertEquals(List.of(2000, list.size()), readCounts);

        List<ImportPreview.Item> written = new ArrayList<>();
        ImportOutcome outcome = importer.commit("t", "test", PaperBatches.of(list, 4), written::add, done -> { });
        assertEquals(whole.items().stream().map(ImportPreview.Item::match).toList(),
                written.stream().map(ImportPreview.Item::match).toList());
        assertEquals(whole.count(ImportPreview.Match.NEW), outcome.added());
        assertEquals(list.size() - 3, outcome.added());
        assertEquals(3, outcome.unchanged());
        assertEquals(4, outcome.errors());
        assertEquals(list.size() - 3, papers.count(PaperFilter.all()));

        // the same listing again: every paper is the library's, and the repeats repeat
        ImportOutcome again = importer.commit("t", "test", PaperBatches.of(list, 0), item -> { }, done -> { });
        assertEquals(0, again.added());
        assertEquals(list.size(), again.unchanged());
    }

    @Test
    void aFailingListingLeavesNothingOfTheImport() {
        List<ParsedPaper> list = listing();
        PaperBatches failing = new PaperBatches() {
            private final PaperBatches inner = PaperBatches.of(list, 0);
            private int calls;

            @Override
            public List<ParsedPaper> next() throws java.io.IOException {
                if (++calls == 2) throw new java.io.IOException("the disk went away");
                return inner.next();
            }

            @Override
            public int errors() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
        StoreException e = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> importer.commit("t", "test", failing, item -> { }, done -> { }));
        assertEquals(true, e.getMessage().contains("the disk went away"));
        assertEquals(0, papers.count(PaperFilter.all()));
    }

    /** 2,500 papers; three of them, in the second batch, repeat papers of the first. */
    private static List<ParsedPaper> listing() {
        List<ParsedPaper> list = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            list.add(withId(paper(i, "Paper about topic " + i, "An abstract that tells of topic " + i
                    + " in words of its own, at some length, so that trigrams can be compared.", i, null), "2401." + (10000 + i)));
        }
        // by id, by whole text split elsewhere, and by title with an abstract edited a little
        ParsedPaper byId = list.get(9);
        list.set(2100, withId(paper(2101, "Another title entirely", "Another abstract.", 1, null), byId.arxivId()));
        ParsedPaper byText = list.get(19);
        list.set(2200, withId(paper(2201, byText.title() + " An abstract", byText.abstractText().substring(12), 1, null), null));
        ParsedPaper byTitle = list.get(29);
        list.set(2300, withId(paper(2301, byTitle.title(), byTitle.abstractText().replace("at some length", "at length"), 1, null), null));
        return list;
    }

    private static ParsedPaper withId(ParsedPaper p, String arxivId) {
        return new ParsedPaper(p.line(), p.upvotes(), p.title(), p.abstractText(), p.authors(), p.published(),
                p.comments(), arxivId, p.url(), p.confidence(), p.extras());
    }
}
