package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.edit.EditPaper;
import org.lectern.edit.UndoJournal;
import org.lectern.library.Paper;
import org.lectern.library.PaperDate;
import org.lectern.lookup.ArxivEntry;
import org.lectern.lookup.ArxivServer;
import org.lectern.lookup.Enrichment;
import org.lectern.lookup.LookupPapers;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/** {@code lectern enrich} through picocli on a real library, against a local arXiv-like server. */
class EnrichCommandTest {
    static final String A_TITLE = LookupPapers.TIDAL;
    static final String A_ABSTRACT = LookupPapers.TIDAL_ABSTRACT;
    static final String B_TITLE = LookupPapers.BEES;
    static final String B_ABSTRACT = LookupPapers.BEES_ABSTRACT;

    @TempDir
    Path dir;
    Path library;
    ArxivServer server;

    @BeforeEach
    void seed() throws Exception {
        server = new ArxivServer();
        LookupPapers.addTidalAndBees(server);
        library = dir.resolve("library.db");
        // a one-line listing in the Hugging Face shape, the second title run into its abstract
        Path listing = dir.resolve("listing.txt");
        Files.writeString(listing, String.join("\n",
                "12 " + A_TITLE + " " + A_ABSTRACT + " 2 authors · May 2, 2024",
                "7 " + B_TITLE + " Event cameras see fast wings. " + B_ABSTRACT.substring("Event cameras see fast wings. ".length())
                        + " 3 authors · May 4, 2024",
                "3 Gardens of Forking Compilers " + "We fork compilers in gardens, which nobody has done, and measure the shade. 1 author · May 5, 2024",
                ""));
        Cli.Result imported = Cli.run(library, "import", listing.toString());
        assertEquals(0, imported.code(), imported.err());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Paper paper(String title) {
        try (Library l = Library.open(library)) {
            return new Papers(l).find(title).orElseThrow();
        }
    }

    @Test
    void enrichAllFillsIdsAuthorsDatesAndLinksAndAttachesNothingWrong() {
        Cli.Result r = Cli.run(library, "enrich", "--all", "--api", server.api().toString(), "--interval", "20");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 matched, 0 ambiguous, 1 not found (3 looked up)"), r.out());
        assertTrue(r.err().contains("[3/3] "), r.err());
        Paper a = paper(A_TITLE);
        assertEquals("2405.01010", a.arxivId());
        assertEquals(List.of("Ama Mensah", "Lars Berg"), a.authorNames());
        assertEquals(PaperDate.day(2024, 5, 2), a.published());
        assertEquals("http://arxiv.org/abs/2405.01010v2", a.url());
        Paper b = paper("2405.03030");
        assertEquals(B_TITLE, b.title());
        assertEquals(B_ABSTRACT, b.abstractText());
        assertEquals(3, b.authors());
        Paper none = paper("Gardens of Forking Compilers");
        assertNull(none.arxivId());
        assertTrue(none.authorNames().isEmpty());
        for (ArxivServer.Request q : server.requests()) assertTrue(q.userAgent().startsWith("Lectern/"), q.userAgent());

        Cli.Result bib = Cli.run(library, "export", "--format", "bibtex");
        assertTrue(bib.out().contains("author = {Ama Mensah and Lars Berg}"), bib.out());
        assertTrue(bib.out().contains("eprint = {2405.01010}"), bib.out());
        Cli.Result md = Cli.run(library, "export", "--format", "markdown");
        assertTrue(md.out().contains("Ines Duarte, Kofi Boateng and Mei Tanaka"), md.out());

        Cli.Result again = Cli.run(library, "enrich", "--missing", "--api", server.api().toString(), "--interval", "0");
        assertTrue(again.out().contains("(1 looked up)"), again.out());
    }

    @Test
    void anInterruptedRunKeepsWhatItGotAndExitsWithOne() {
        server.failFrom(1);
        Cli.Result r = Cli.run(library, "enrich", "--all", "--api", server.api().toString(), "--interval", "0");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("answered HTTP 500") && r.err().contains("stopped after 1 of 3"), r.err());
        assertEquals("2405.01010", paper(A_TITLE).arxivId());
    }

    @Test
    void aBadIntervalIsRefusedWithExitTwo() {
        Cli.Result r = Cli.run(library, "enrich", "--all", "--interval", "soon");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("LECTERN_ARXIV_INTERVAL_MS: 'soon' is not a number"), r.err());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void theHelpListsTheExitCodes() {
        Cli.Result r = Cli.run(library, "enrich", "--help");
        assertTrue(r.out().contains("1   arXiv could not be reached"), r.out());
    }

    @Test
    void undoingAnEnrichGivesThePaperBackExactly() {
        Paper before = paper(B_TITLE);
        ArxivEntry e = new ArxivEntry("2405.03030", B_TITLE, B_ABSTRACT, List.of("Ines Duarte", "Kofi Boateng"),
                LocalDate.of(2024, 5, 4), "http://arxiv.org/abs/2405.03030v1", null, "cs.CV");
        UndoJournal journal = new UndoJournal();
        try (Library l = Library.open(library)) {
            EditPaper change = new EditPaper(l, before.id(), Enrichment.changes(before, e), "Look up on arXiv");
            journal.perform(change);
            Paper after = new Papers(l).get(before.id()).orElseThrow();
            assertEquals("2405.03030", after.arxivId());
            assertEquals(List.of("Ines Duarte", "Kofi Boateng"), after.authorNames());
            assertEquals("Look up on arXiv", journal.nextUndo().orElseThrow());
            journal.undo();
            assertEquals(before, new Papers(l).get(before.id()).orElseThrow());
            assertEquals(before.id(), new Papers(l).find(before.title()).orElseThrow().id(), "search follows the undo");
        }
    }
}
