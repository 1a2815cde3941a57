package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.edit.TableDump;
import org.lectern.lookup.ArxivServer;
import org.lectern.lookup.ArxivSettings;
import org.lectern.lookup.LookupPapers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Paper → Look up on arXiv in a real window against a local server that answers like arXiv: the
 * selection's ids, authors and titles reach the file, one Ctrl+Z takes them back; with the import
 * setting off an import sends nothing, with it on the new papers are looked up; offline is said plainly.
 */
@ExtendWith(ApplicationExtension.class)
class LookupWindowTest {
    static final String TIDAL = LookupPapers.TIDAL;
    static final String TIDAL_ABSTRACT = LookupPapers.TIDAL_ABSTRACT;
    static final String BEES = LookupPapers.BEES;
    static final String BEES_ABSTRACT = LookupPapers.BEES_ABSTRACT;
    static final String GARDENS = "Gardens of Forking Compilers";
    static final String LICHENS = "Lichens as Sensors of Urban Air";
    static final String LICHENS_ABSTRACT = "Lichens take their water from the air. We read nitrogen in city lichens from photographs "
            + "and map the air of three towns.";
    /** The bees' title as a listing mis-split it: the abstract's first sentence ran into the title. */
    static final String BEES_MISSPLIT = BEES + " Event cameras see fast wings.";

    @TempDir
    static Path dir;
    private static int opened;
    private WindowFixture fixture;
    private ArxivServer server;

    @Start
    void start(Stage stage) throws Exception {
        server = new ArxivServer();
        LookupPapers.addTidalAndBees(server);
        server.add(new ArxivServer.Paper("2406.04040", 1, LICHENS, LICHENS_ABSTRACT, List.of("Olu Ade"), LocalDate.of(2024, 6, 1)));
        // an interval long enough that the progress can be seen, short enough for a test
        ArxivSettings settings = ArxivSettings.from(java.util.Map.of("LECTERN_ARXIV_API", server.api().toString()), "test")
                .withInterval(Duration.ofMillis(300));
        fixture = new WindowFixture(dir.resolve("lookup-" + (++opened) + ".db")).lookingUpAt(settings);
        fixture.show(stage);
    }

    @AfterEach
    void close() {
        try {
            fixture.close();
        } finally {
            server.close();
        }
    }

    /** Three papers in block form, so each title is exactly what the listing says. */
    private static String listing() {
        return String.join("\n",
                "12", TIDAL, TIDAL_ABSTRACT, "2 authors · May 2, 2024", "",
                "7", BEES_MISSPLIT, BEES_ABSTRACT.substring("Event cameras see fast wings. ".length()), "3 authors · May 4, 2024", "",
                "3", GARDENS, "We fork compilers in gardens, which nobody has done, and measure the shade.", "1 author · May 5, 2024",
                "");
    }

    private void importListing(FxRobot robot, String text, int rows) {
        fixture.pasteListing(robot, text);
        robot.type(KeyCode.ENTER);
        until("the import to land in the table", () -> fixture.window.previewSheet() == null
                && fixture.window.message().getText().startsWith("Imported"));
        settle();
        assertEquals(rows, (int) fx(() -> fixture.window.table().getItems().size()));
    }

    private void settle() {
        fixture.settleRows();
    }

    private void untilLookedUp() {
        until("the lookup to end", () -> !fixture.window.lookups().running());
        settle();
    }

    private String stored(String column, String title) {
        return fixture.query("SELECT " + column + " FROM paper WHERE title = ?", title);
    }

    private String notice() {
        // the notice's pane is there from the first notice on
        return fx(() -> fixture.window.table().getScene().lookup("#notifications") instanceof NotificationPane p ? p.getText() : "");
    }

    private void selectAll() {
        fx(() -> {
            // the table's own multi-selection may not be on yet: the lookup acts on whatever is selected
            fixture.window.table().getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            fixture.window.table().getSelectionModel().selectAll();
            fixture.window.table().requestFocus();
            return null;
        });
    }

    @Test
    void theSelectionIsLookedUpWithProgressAndOneUndoTakesItAllBack(FxRobot robot) {
        importListing(robot, listing(), 3);
        assertTrue(server.requests().isEmpty(), "an import asks arXiv nothing by default");
        TableDump before = TableDump.of(fixture.file);
        selectAll();
        robot.press(KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT);
        until("the progress in the status bar", () -> fixture.window.lookups().progressText().matches("Looking up [123] of 3 on arXiv…"));
        untilLookedUp();

        assertEquals("2405.01010", stored("arxiv_id", TIDAL), "the close match, not the looser one listed first");
        assertEquals("[\"Ama Mensah\",\"Lars Berg\"]", stored("author_names", TIDAL));
        assertEquals("2", stored("authors", TIDAL));
        assertEquals("2024-05-02", stored("published", TIDAL));
        assertEquals("2405.03030", stored("arxiv_id", BEES), "found by the title's first half");
        assertNull(stored("id", BEES_MISSPLIT), "the title is arXiv's now");
        assertEquals(BEES_ABSTRACT, stored("abstract", BEES), "and the abstract gets its first sentence back");
        assertNull(stored("arxiv_id", GARDENS), "not on arXiv: nothing attached");
        until("the lookup's closing words", () -> fixture.window.message().getText().startsWith("Looked up"));
        String said = fx(() -> fixture.window.message().getText());
        assertTrue(said.startsWith("Looked up 3 papers on arXiv: 2 matched, 1 not found"), said);
        // a notice that replaces a shown one slides in after the earlier one has slid out
        until("the lookup's notice", () -> notice().contains("Not found: “" + GARDENS + "”"));
        assertEquals("Look up on arXiv", fixture.window.journal().nextUndo().orElseThrow(), "one change for the whole lookup");

        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        until("the undo", () -> fixture.window.message().getText().startsWith("Undone: Look up on arXiv"));
        settle();
        assertEquals(before, TableDump.of(fixture.file), "the file is as it was before the lookup");
    }

    @Test
    void withTheSettingOffAnImportSendsNothingAndWithItOnTheNewPapersAreLookedUp(FxRobot robot) throws Exception {
        assertFalse(fx(() -> fixture.window.lookups().lookUpImports()), "off unless the reader turns it on");
        importListing(robot, listing(), 3);
        assertFalse(fx(() -> fixture.window.lookups().running()));
        assertEquals(List.of(), server.requests(), "nothing left the machine");

        fx(() -> {
            fixture.window.lookups().setLookUpImports(true);
            return null;
        });
        // the bees again (known: not new) and one new paper
        String more = String.join("\n", "4", BEES, BEES_ABSTRACT, "3 authors · May 4, 2024", "",
                "9", LICHENS, LICHENS_ABSTRACT, "1 author · Jun 1, 2024", "");
        fixture.pasteListing(robot, more);
        robot.type(KeyCode.ENTER);
        fixture.untilStored("the new paper's arXiv id", c -> "2406.04040".equals(
                WindowFixture.text(c, "SELECT arxiv_id FROM paper WHERE title = ?", LICHENS)));
        untilLookedUp();
        assertEquals(1, server.requests().size(), "only the import's new paper was looked up: " + server.requests());
        assertEquals("[\"Olu Ade\"]", stored("author_names", LICHENS));
        assertNull(stored("arxiv_id", TIDAL), "the papers of the earlier import stay as they were");
        Path settings = fixture.file.resolveSibling(fixture.file.getFileName() + ".window");
        assertTrue(Files.readString(settings).contains("arxiv.lookUpImports=true"), "the choice is kept with the window's settings");
    }

    @Test
    void offlineIsSaidPlainlyAndNothingChanges(FxRobot robot) {
        importListing(robot, listing(), 3);
        TableDump before = TableDump.of(fixture.file);
        server.close(); // nothing listens on its port any more
        selectAll();
        robot.press(KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT);
        until("the lookup to stop", () -> fixture.window.message().getText().startsWith("The arXiv lookup stopped"));
        untilLookedUp();
        String said = fx(() -> fixture.window.message().getText());
        assertTrue(said.contains("are you offline?") && said.contains("after 0 of 3 papers"), said);
        assertEquals(before, TableDump.of(fixture.file));
    }

    @Test
    void ctrlPeriodStopsALookupThatWaitsForArxivAndKeepsTheFileAsItWas(FxRobot robot) {
        importListing(robot, listing(), 3);
        TableDump before = TableDump.of(fixture.file);
        server.busy(1, "60"); // arXiv asks to wait a minute before the first answer
        selectAll();
        robot.press(KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT);
        until("the first request", () -> !server.requests().isEmpty()
                && fixture.window.lookups().progressText().equals("Looking up 1 of 3 on arXiv…"));
        robot.press(KeyCode.CONTROL).type(KeyCode.PERIOD).release(KeyCode.CONTROL);
        until("the lookup to stop well before the minute is up", 15,
                () -> fixture.window.message().getText().startsWith("The arXiv lookup was stopped after 0 of 3 papers"));
        untilLookedUp();
        assertEquals(1, server.requests().size(), "nothing more was asked");
        assertEquals(before, TableDump.of(fixture.file));
    }
}
