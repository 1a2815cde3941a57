package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.listing;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.Paper;
import org.lectern.library.PaperDate;
import org.lectern.library.PaperFilter;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview.By;
import org.lectern.store.ImportPreview.Match;

/** A paper is matched by arXiv id, else by its whole text, else by its title with agreeing abstracts. */
class IdentityTest extends LibraryInTempFolder {
    static final String CODEC = "We present a neural audio codec that compresses speech and music at low bitrates"
            + " while keeping quality, using residual vector quantization and adversarial training.";
    static final String ROBOTS = "A study of robot grasping policies learned from human video demonstrations,"
            + " evaluated on household objects with a mobile manipulator in kitchens.";


    static ParsedPaper p(int line, String title, String abs, String arxiv, double confidence) {
        return new ParsedPaper(line, 5, title, abs, 3, PaperDate.day(2024, 3, 1), null, arxiv, null, confidence, null);
    }

    private ImportOutcome load(ParsedPaper... ps) {
        return importer.commit(importer.preview("t", listing(ps)));
    }

    @Test
    void theArxivIdDecidesVersionsAside() {
        load(p(1, "Audio Codec", CODEC, "2401.00001", 1));
        ImportPreview again = importer.preview("t", listing(p(1, "A Completely Retitled Codec", ROBOTS, "arXiv:2401.00001v3", 1)));
        assertEquals(Match.UNCHANGED, again.items().get(0).match());
        assertEquals(By.ID, again.items().get(0).by());
        assertEquals(1, again.count(By.ID));
        // the same title under another id is another paper
        ImportOutcome other = load(p(1, "Audio Codec", CODEC, "2401.00002", 1));
        assertEquals(1, other.added());
        assertEquals(2, papers.count(PaperFilter.all()));
    }

    @Test
    void theSameTitleWithAnAgreeingAbstractIsTheSamePaperAndGetsItsMissingId() {
        load(p(1, "Audio Codec", CODEC, null, 1));
        ImportOutcome o = load(p(1, "audio codec", CODEC.replace("low bitrates", "very low bitrates"), "2401.00001", 1));
        assertEquals(1, o.updated());
        assertEquals(1, o.byTitle());
        assertEquals("2401.00001", papers.find("Audio Codec").orElseThrow().arxivId());
        importer.undo(o.importId());
        assertEquals(null, papers.find("Audio Codec").orElseThrow().arxivId(), "undo takes the filled id back");
    }

    @Test
    void theSameTitleWithClearlyDifferentAbstractsIsTwoPapersNeverUnchanged() {
        load(p(1, "Binary Opacity", CODEC, null, 0.6));
        ImportPreview preview = importer.preview("t", listing(p(1, "Binary Opacity", ROBOTS, null, 0.6)));
        assertEquals(Match.NEW, preview.items().get(0).match());
        importer.commit(preview);
        assertEquals(2, papers.count(PaperFilter.all()));
        assertEquals(2, papers.count(PaperFilter.all().withSearch("opacity")));
    }

    @Test
    void theSamePaperSplitAnotherWayIsKnownByItsTextAndTakesTheSurerSplit() {
        // one-line listings guess the boundary: here two words of the title went to the abstract
        load(p(1, "Neural Audio", "Codec Scaling. " + CODEC, null, 0.55));
        ImportPreview preview = importer.preview("t", listing(p(1, "Neural Audio Codec Scaling", CODEC, null, 1.0)));
        assertEquals(Match.UPDATED, preview.items().get(0).match());
        assertEquals(By.TEXT, preview.items().get(0).by());
        ImportOutcome o = importer.commit(preview);
        assertEquals(1, o.byText());
        List<Paper> all = papers.all(PaperFilter.all());
        assertEquals(1, all.size());
        assertEquals("Neural Audio Codec Scaling", all.get(0).title());
        assertEquals(CODEC, all.get(0).abstractText());
        // a less sure split later changes nothing
        ImportOutcome worse = load(p(1, "Neural", "Audio Codec Scaling " + CODEC, null, 0.4));
        assertEquals(1, worse.unchanged());
        assertEquals("Neural Audio Codec Scaling", papers.all(PaperFilter.all()).get(0).title());
        importer.undo(o.importId());
        assertEquals("Neural Audio", papers.all(PaperFilter.all()).get(0).title(), "undo gives the old split back");
        assertEquals(1, papers.count(PaperFilter.all().withSearch("Neural Audio")));
    }

    @Test
    void anAmbiguousMatchIsListedAndNotWritten() {
        load(p(1, "Scaling Laws", CODEC, null, 1), p(2, "Scaling Laws", ROBOTS, null, 1));
        assertEquals(2, papers.count(PaperFilter.all()));
        // no abstract: it agrees with both papers of that title, so it could be either
        ImportPreview preview = importer.preview("t", listing(p(1, "scaling laws", "", null, 1)));
        ImportPreview.Item item = preview.items().get(0);
        assertEquals(Match.AMBIGUOUS, item.match());
        assertEquals(2, item.candidates().size());
        assertEquals(List.of(item), preview.ambiguous());
        assertTrue(item.ambiguity().contains("Scaling Laws".toLowerCase()) || item.ambiguity().contains("scaling laws"));
        ImportOutcome o = importer.commit(preview);
        assertEquals(new ImportOutcome(o.importId(), 0, 0, 0, 0, 0, 0, 0, 1, 0, 0), o);
        assertEquals(2, papers.count(PaperFilter.all()));
        // a command naming that title does not pick one of the two either
        var named = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> papers.find("Scaling Laws"));
        assertTrue(named.getMessage().contains("have the title 'Scaling Laws'; give the id"), named.getMessage());
    }

    @Test
    void halfTheSameAbstractIsNeitherTheSamePaperNorAnother() {
        load(p(1, "Scaling Laws", CODEC, null, 1));
        String half = CODEC.substring(0, CODEC.length() / 2) + " " + ROBOTS.substring(ROBOTS.length() / 2);
        ImportPreview preview = importer.preview("t", listing(p(1, "Scaling Laws", half, null, 1)));
        assertEquals(Match.AMBIGUOUS, preview.items().get(0).match());
    }

    @Test
    void everyPaperReadIsCountedOnce() {
        ImportOutcome o = load(p(1, "One", CODEC, null, 1), p(2, "One", CODEC, null, 1), p(3, "Two", ROBOTS, null, 1));
        assertEquals(3, o.added() + o.updated() + o.unchanged() + o.ambiguous());
        assertEquals(2, o.added());
    }

    @Test
    void aBareIdOfAKnownPaperAddsNothing() {
        load(p(1, "Audio Codec", CODEC, "2401.00001", 1));
        ParsedPaper bare = new ParsedPaper(1, null, "arXiv:2401.00001", "", null, null, null, "2401.00001",
                "https://arxiv.org/abs/2401.00001v2", 1, null);
        ImportOutcome o = load(bare);
        assertEquals(0, o.added());
        assertEquals(1, o.unchanged());
        assertEquals(5, papers.find("2401.00001").orElseThrow().upvotes(), "a list of ids says nothing about upvotes");
        assertFalse(papers.find("2401.00001").orElseThrow().title().startsWith("arXiv:"));
    }
}
