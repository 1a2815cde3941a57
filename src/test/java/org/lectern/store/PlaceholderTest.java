package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.listing.Listings;

/** A bare id makes a placeholder; the paper with that id, imported later, becomes the same paper. */
class PlaceholderTest extends LibraryInTempFolder {
    private ImportOutcome load(String listing) {
        return importer.commit(importer.preview("t", Listings.parse(listing)));
    }

    @Test
    void aPlaceholderKeepsWhatTheReaderAddedWhenItsPaperArrives() {
        ImportOutcome bare = load("https://arxiv.org/abs/2402.05555v1\n2402.06666\n");
        assertEquals(2, bare.added());
        assertEquals(2, bare.placeholders());
        Paper waiting = papers.find("2402.05555").orElseThrow();
        Placeholders placeholders = new Placeholders(library);
        assertTrue(placeholders.needsDetails(waiting.id()));
        assertEquals(2, placeholders.all().size());

        papers.enqueue(waiting.id(), false);
        papers.addTag(waiting.id(), "to-read");
        papers.saveNote(waiting.id(), "a colleague sent this");
        long family = new Families(library).create("Codecs", "reader", null, List.of(waiting.id()), "reader");
        Papers.Place place = papers.place(waiting.id());

        ImportOutcome full = importer.commit(importer.preview("t", TestPapers.listing(
                new org.lectern.listing.ParsedPaper(1, 40, "Quokka Codec: Audio at One Kilobit", "We compress audio.",
                        4, org.lectern.library.PaperDate.day(2024, 2, 8), 3, "2402.05555v2", null, 1.0, null))));
        assertEquals(0, full.added());
        assertEquals(1, full.updated());
        assertEquals(1, full.completed());
        assertEquals(1, full.byId());

        Paper now = papers.get(waiting.id()).orElseThrow();
        assertEquals("Quokka Codec: Audio at One Kilobit", now.title());
        assertEquals("We compress audio.", now.abstractText());
        assertEquals(40, now.upvotes());
        assertEquals(Status.QUEUED, now.status());
        assertEquals(List.of("to-read"), now.tags());
        assertEquals("a colleague sent this", now.note());
        assertEquals(List.of("Codecs"), now.families());
        assertEquals(place, papers.place(waiting.id()));
        assertFalse(placeholders.needsDetails(waiting.id()));
        assertEquals(1, papers.count(PaperFilter.all().withSearch("quokka")));
        assertTrue(family > 0);

        importer.undo(full.importId());
        assertTrue(placeholders.needsDetails(waiting.id()), "undoing the import makes it a placeholder again");
        assertEquals("arXiv:2402.05555", papers.get(waiting.id()).orElseThrow().title());
        assertEquals(0, papers.count(PaperFilter.all().withSearch("quokka")));
    }

    @Test
    void idsAndLinksOfPapersKnownByIdAddNothing() {
        importer.commit(importer.preview("t", TestPapers.listing(
                new org.lectern.listing.ParsedPaper(1, 40, "Known Paper", "Text.", 4, null, null, "2402.07777", null, 1.0, null))));
        ImportOutcome o = load("2402.07777v3\nhttps://huggingface.co/papers/2402.07777\narXiv:2402.07777\n");
        assertEquals(0, o.added());
        assertEquals(3, o.unchanged());
        assertEquals(1, papers.count(PaperFilter.all()));
    }
}
