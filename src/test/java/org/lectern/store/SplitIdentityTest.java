package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.edit.TableDump;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.listing.ListingReader;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview.By;
import org.lectern.store.ImportPreview.Match;

/**
 * A paper whose one-line split was guessed wrong is the same paper as the one a listing with a separate
 * title field gives (Hugging Face cards, Scholar, BibTeX), in either order; distinct papers whose guessed
 * titles collide stay apart. The listings are small files of each shape, read by the real reader; the
 * one-line papers are then split wrongly on purpose, as the splitter sometimes does.
 */
class SplitIdentityTest extends LibraryInTempFolder {

    private static ParseResult read(String name) throws Exception {
        return ListingReader.file(Path.of(SplitIdentityTest.class.getResource("/identity/" + name).toURI()));
    }

    /** {@code p} with its boundary moved {@code words} words right (into the abstract) or left, as a guess. */
    private static ParsedPaper misSplit(ParsedPaper p, int words) {
        List<String> all = new ArrayList<>(Arrays.asList((p.title() + " " + p.abstractText()).split(" ")));
        int cut = p.title().split(" ").length + words;
        return p.withSplit(String.join(" ", all.subList(0, cut)), String.join(" ", all.subList(cut, all.size())), 0.62);
    }

    private ImportOutcome commit(ParsedPaper... ps) {
        return importer.commit(importer.preview("t", TestPapers.listing(ps)));
    }

    private double confidence(long id) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT split_confidence FROM paper WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getDouble(1);
                }
            }
        });
    }

    private Paper only(String search) {
        List<Paper> found = papers.all(PaperFilter.all().withSearch(search));
        assertEquals(1, found.size(), "one paper for '" + search + "': " + found);
        return found.get(0);
    }

    @Test
    void aGivenTitleCorrectsAGuessedSplitKeepingTheReadersWorkAndUndoesExactly() throws Exception {
        List<ParsedPaper> line = read("one-line.txt").papers();
        assertEquals(3, line.size());
        // too long (two abstract words in the title), too short (two title words in the abstract), too long by one
        commit(misSplit(line.get(0), 2), misSplit(line.get(1), -2), misSplit(line.get(2), 1));
        Paper speech = only("sparse mixture routing");
        papers.setStatus(speech.id(), Status.READING);
        papers.addTag(speech.id(), "asr");
        papers.saveNote(speech.id(), "router looks back only");
        library.write(c -> Families.addMember(c, Families.ensure(c, "Speech", Library.now()), speech.id(), "reader", null, Library.now()));
        TableDump before = TableDump.of(dir.resolve("library.db"));

        ParseResult cards = read("hf-cards.txt");
        assertEquals("huggingface-cards", cards.format());
        ImportPreview preview = importer.preview("cards", cards);
        for (ImportPreview.Item item : preview.items()) {
            assertEquals(Match.UPDATED, item.match(), item.paper().title());
            assertEquals(By.SPLIT, item.by(), item.paper().title());
            assertTrue(item.change().contains("becomes \u201c" + item.paper().title() + "\u201d"), item.change());
        }
        ImportOutcome o = importer.commit(preview);
        assertEquals(3, o.updated());
        assertEquals(3, o.bySplit());
        assertTrue(o.toString().contains("by title within the text 3"), o.toString());
        assertEquals(3, papers.count(PaperFilter.all()), "no paper was added again");
        for (int i = 0; i < 3; i++) {
            ParsedPaper truth = line.get(i);
            Paper p = papers.find(truth.title()).orElseThrow();
            assertEquals(truth.abstractText(), p.abstractText(), "the guessed text, cut again after the given title");
            assertEquals(cards.papers().get(i).arxivId(), p.arxivId());
            assertEquals(1.0, confidence(p.id()), "the mark of uncertainty is cleared");
        }
        Paper after = papers.get(speech.id()).orElseThrow();
        assertEquals(Status.READING, after.status());
        assertEquals(List.of("asr"), after.tags());
        assertEquals(List.of("Speech"), after.families());
        assertEquals("router looks back only", after.note());
        assertEquals(44, after.upvotes());
        assertEquals(1, papers.count(PaperFilter.all().withSearch("\"Sparse Mixture Routing for Streaming Speech Recognition\"")));

        importer.undo(o.importId());
        TableDump undone = TableDump.of(dir.resolve("library.db"));
        assertEquals(before.without("import").tables(), undone.without("import").tables(), "undo gives back the old titles and marks");
    }

    @Test
    void aWrongOneLineSplitOfAPaperStoredWithAGivenTitleIsNotASecondPaper() throws Exception {
        ParseResult scholar = read("scholar.txt");
        assertEquals("scholar", scholar.format());
        importer.commit(importer.preview("scholar", scholar));
        List<ParsedPaper> line = read("one-line.txt").papers();
        ImportPreview preview = importer.preview("line", TestPapers.listing(misSplit(line.get(0), 3), misSplit(line.get(1), -3)));
        for (ImportPreview.Item item : preview.items()) {
            assertEquals(By.SPLIT, item.by(), item.paper().title());
            assertTrue(item.change().startsWith("keeps the library's title"), item.change());
        }
        importer.commit(preview);
        assertEquals(2, papers.count(PaperFilter.all()));
        for (int i = 0; i < 2; i++) {
            Paper p = papers.find(scholar.papers().get(i).title()).orElseThrow();
            // Scholar's shortened abstract gives way to the whole one, cut after the given title
            assertEquals(line.get(i).abstractText(), p.abstractText());
            assertEquals(1.0, confidence(p.id()));
        }
    }

    @Test
    void aBibtexTitleWithItsAbstractMeetsTheGuessedSplitEitherWay() throws Exception {
        ParseResult bib = read("bibtex.bib");
        importer.commit(importer.preview("bib", bib));
        List<ParsedPaper> line = read("one-line.txt").papers();
        ImportOutcome o = commit(misSplit(line.get(0), 2), misSplit(line.get(2), -3));
        assertEquals(0, o.added(), o.toString());
        assertEquals(1, o.bySplit(), "the entry without an abstract: its title begins the guessed text; " + o);
        assertEquals(1, o.byText(), "the entry with its abstract: the same whole text; " + o);
        Paper speech = papers.find("Sparse Mixture Routing for Streaming Speech Recognition").orElseThrow();
        assertEquals(line.get(0).abstractText(), speech.abstractText(), "the entry without an abstract gets the listing's");
        Paper counting = papers.find("Counting Objects in Aerial Images with Point Supervision").orElseThrow();
        assertEquals(bib.papers().get(1).abstractText(), counting.abstractText(), "a whole given abstract is kept");
    }

    @Test
    void aGivenTitleWhoseAbstractDisagreesIsAnotherPaper() throws Exception {
        List<ParsedPaper> line = read("one-line.txt").papers();
        commit(misSplit(line.get(0), 2));
        ParsedPaper given = read("scholar.txt").papers().get(1);
        // the stored text begins with this title, but the abstract given beside it tells of another paper
        ParsedPaper other = new ParsedPaper(1, null, "Sparse Mixture Routing for Streaming", given.abstractText(), 2,
                null, null, null, null, 1.0, null);
        ImportPreview preview = importer.preview("t", TestPapers.listing(other));
        assertEquals(Match.NEW, preview.items().get(0).match());
        assertTrue(preview.items().get(0).candidates().isEmpty());
    }

    @Test
    void distinctPapersWhoseGuessedTitlesCollideAreKeptApartAndFlagged() throws Exception {
        List<ParsedPaper> line = read("same-start.txt").papers();
        // both guesses stop after "Graph Neural Networks": the same title key, texts that differ
        ParsedPaper traffic = misSplit(line.get(0), -6);
        ParsedPaper molecules = misSplit(line.get(1), -5);
        assertEquals(traffic.title(), molecules.title());
        assertEquals(2, commit(traffic, molecules).added());
        assertEquals(2, commit(traffic, molecules).unchanged(), "each is known again by its whole text");

        // a given title that begins both texts names neither: it is new, flagged with both
        ParsedPaper survey = new ParsedPaper(1, 3, "Graph Neural Networks", "", null, null, null, "2405.00001", null, 1.0, null);
        ImportPreview preview = importer.preview("t", TestPapers.listing(survey));
        ImportPreview.Item item = preview.items().get(0);
        assertEquals(Match.NEW, item.match());
        assertTrue(item.flagged());
        assertEquals(2, item.candidates().size());
        assertTrue(item.flag().contains("kept apart from"), item.flag());
        importer.commit(preview);
        assertEquals(3, papers.count(PaperFilter.all()));

        // the whole given title of one of them names exactly that one
        ParsedPaper named = new ParsedPaper(1, 30, line.get(0).title(), "", null, null, null, "2401.04004", null, 1.0, null);
        ImportOutcome o = commit(named);
        assertEquals(1, o.bySplit(), o.toString());
        assertEquals(line.get(0).abstractText(), papers.find(line.get(0).title()).orElseThrow().abstractText());
        Paper molecule = only("fragment vocabularies");
        assertEquals(molecules.title(), molecule.title(), "the other paper is untouched");
        assertNull(molecule.arxivId());
    }

    @Test
    void aConfidentGuessRunningPastAGivenTitleWithNothingElseToGoOnIsKeptApart() throws Exception {
        ParsedPaper road = read("same-start.txt").papers().get(0);
        // a card of another paper whose title is the start of this one's
        ParsedPaper card = new ParsedPaper(1, 7, "Graph Neural Networks for Traffic Forecasting", "", null, null, null,
                "2401.05005", null, 1.0, null);
        commit(card);
        ParsedPaper confident = road.withSplit(road.title(), road.abstractText(), 0.99999);
        ImportPreview preview = importer.preview("t", TestPapers.listing(confident));
        assertTrue(preview.items().get(0).flagged(), "a sure guess may be another paper's title: " + preview.items().get(0));
        importer.commit(preview);
        assertEquals(2, papers.count(PaperFilter.all()));
        assertEquals(card.title(), papers.find("2401.05005").orElseThrow().title());

        // the same words guessed unsure are the card's paper with its abstract
        ParsedPaper unsure = misSplit(read("same-start.txt").papers().get(1), 1);
        ParsedPaper molecules = new ParsedPaper(1, 2, "Graph Neural Networks for Molecule Generation with Fragment Vocabularies",
                "", null, null, null, "2402.06006", null, 1.0, null);
        commit(molecules);
        assertEquals(1, commit(unsure).bySplit());
        assertEquals(3, papers.count(PaperFilter.all()));
    }

    @Test
    void aLargeImportAskingTheLibrarysKeysFirstStillFindsTheGuessedSplit() throws Exception {
        List<ParsedPaper> line = read("one-line.txt").papers();
        commit(misSplit(line.get(0), 2), misSplit(line.get(1), -2));
        // past the papers after which the import reads the library's keys into memory
        List<ParsedPaper> listing = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            listing.add(new ParsedPaper(i + 1, null, "Filler Study Number " + i + " of Many", "Abstract of filler " + i + ".",
                    1, null, null, null, null, 1.0, null));
        }
        ParseResult cards = read("hf-cards.txt");
        listing.add(cards.papers().get(0));
        listing.add(cards.papers().get(1));
        ImportOutcome o = importer.commit("t", "test", listing, 0, f -> { });
        assertEquals(2500, o.added());
        assertEquals(2, o.bySplit(), o.toString());
        assertNotNull(papers.find(cards.papers().get(0).title()).orElseThrow().arxivId());
        assertNotNull(papers.find(cards.papers().get(1).title()).orElseThrow().arxivId());
    }
}
