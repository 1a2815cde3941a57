package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.List;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperDate;
import org.lectern.library.PaperRow;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Duplicates;
import org.lectern.store.Importer;
import org.lectern.store.Papers;
import org.lectern.ui.detail.PaperEditor;
import org.lectern.ui.duplicates.DuplicatesSheet;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Editing, deleting and merging papers from the keyboard, each undone with Ctrl+Z; what the library file
 * holds is read through a connection of its own.
 */
@ExtendWith(ApplicationExtension.class)
class PaperIdentityWindowTest {
    private static final String WOMBAT = "Wombat Vision in the Dark";
    private static final String ECHIDNA = "Echidna Spines Considered";
    private static final String SPARSE = "Sparse Mixture of Experts at Scale";
    private static final String SPARSES = "Sparse Mixtures of Experts at Scale";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(PaperIdentityWindowTest::seed);

    /** Four papers, two of them near-duplicates, one with a tag and a note. */
    private static void seed(WindowFixture fixture) {
        Importer importer = new Importer(fixture.library);
        importer.commit(importer.preview("seed", new ParseResult("test", List.of(
                paper(1, WOMBAT, "Seeing at night with marsupial eyes.", "2403.00001"),
                paper(2, SPARSE, "Routing tokens.", null),
                paper(3, SPARSES, "Routing tokens to experts.", null),
                paper(4, ECHIDNA, "Spines as sensors of the ground.", null)), List.of())));
        Papers papers = new Papers(fixture.library);
        long echidna = papers.find(ECHIDNA).orElseThrow().id();
        papers.addTag(echidna, "spiny");
        papers.saveNote(echidna, "Look at figure 2.");
    }

    private static ParsedPaper paper(int line, String title, String abstractText, String arxiv) {
        return new ParsedPaper(line, 3, title, abstractText, 2, PaperDate.day(2024, 3, line), null, arxiv, null, 1.0, null);
    }

    private void settle() {
        fixture.settleRows();
    }

    /** Selects the row titled {@code title}, waits for the detail pane to show it, and focuses the list. */
    private long select(String title) {
        settle();
        long id = fx(() -> {
            List<PaperRow> rows = fixture.window.table().getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (title.equals(rows.get(i).title())) {
                    fixture.window.table().getSelectionModel().clearAndSelect(i);
                    fixture.window.table().requestFocus();
                    return rows.get(i).id();
                }
            }
            throw new AssertionError("no row titled " + title);
        });
        until("the detail to show " + title, () -> fixture.window.detail().paper() != null
                && fixture.window.detail().paper().id() == id);
        return id;
    }

    private void undo(FxRobot robot) {
        fx(() -> {
            fixture.window.table().requestFocus(); // a focused text field would take Ctrl+Z for its own typing
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
    }

    private List<String> searchTitles(String query) {
        fx(() -> {
            fixture.window.search().view().setText(query);
            return null;
        });
        until("the search for " + query, () -> query.equals(fixture.window.filter().search()));
        settle();
        return fx(() -> fixture.window.table().getItems().stream().map(PaperRow::title).toList());
    }

    private int papersTitled(String title) {
        return Integer.parseInt(fixture.query("SELECT count(*) FROM paper WHERE title = ?", title));
    }

    @Test
    void anEditIsRefusedWhenMalformedThenSavedSearchedAndUndone(FxRobot robot) {
        long id = select(WOMBAT);
        robot.type(KeyCode.E);
        until("the editor to open", () -> fixture.window.detail().editor().paper() != null);
        PaperEditor editor = fixture.window.detail().editor();
        assertEquals(WOMBAT, fx(() -> editor.titleField().getText()));

        fx(() -> {
            editor.titleField().setText("Numbat Optics Revisited");
            editor.dateField().setText("2024-13-45");
            return null;
        });
        robot.type(KeyCode.ENTER);
        until("the bad date to be said", () -> editor.error().isVisible() && editor.error().getText().contains("2024-13-45"));
        settle();
        assertEquals(1, papersTitled(WOMBAT), "a refused edit writes nothing");
        assertEquals("2024-03-01", fixture.query("SELECT published FROM paper WHERE id = ?", id));
        assertTrue(fx(() -> editor.paper() != null), "the form stays open with what was typed");

        fx(() -> {
            editor.dateField().setText("2024-03-09");
            return null;
        });
        robot.type(KeyCode.ENTER);
        fixture.untilStored("the new title", c -> "Numbat Optics Revisited".equals(WindowFixture.text(c,
                "SELECT title FROM paper WHERE id = ?", id)));
        assertEquals("2024-03-09", fixture.query("SELECT published FROM paper WHERE id = ?", id));
        until("the editor to close", () -> editor.paper() == null);
        settle();
        assertEquals("Numbat Optics Revisited", fx(() -> fixture.window.detail().paper().title()));
        assertEquals(List.of("Numbat Optics Revisited"), searchTitles("Numbat"));
        assertEquals(List.of(), searchTitles("Wombat"));

        undo(robot);
        fixture.untilStored("the old title back", c -> WOMBAT.equals(WindowFixture.text(c,
                "SELECT title FROM paper WHERE id = ?", id)));
        assertEquals("2024-03-01", fixture.query("SELECT published FROM paper WHERE id = ?", id));
        assertEquals(List.of(WOMBAT), searchTitles("Wombat"));
        assertEquals(List.of(), searchTitles("Numbat"));
    }

    @Test
    void f2EditsTheTitleAndEscCancels(FxRobot robot) {
        long id = select(WOMBAT);
        robot.type(KeyCode.F2);
        until("the editor to open", () -> fixture.window.detail().editor().paper() != null);
        assertTrue(fx(() -> fixture.window.detail().editor().titleField().isFocused()));
        robot.write("Thrown away");
        robot.type(KeyCode.ESCAPE);
        until("the editor to close", () -> fixture.window.detail().editor().paper() == null);
        settle();
        assertEquals(WOMBAT, fixture.query("SELECT title FROM paper WHERE id = ?", id));
        assertTrue(fixture.window.journal().latest().isEmpty(), "a cancelled edit is not a change");
    }

    @Test
    void deleteTakesThePaperAwayAndUndoBringsItBackWithItsNoteAndTags(FxRobot robot) {
        long id = select(ECHIDNA);
        robot.type(KeyCode.DELETE);
        fixture.untilStored("the paper gone", c -> "0".equals(WindowFixture.text(c, "SELECT count(*) FROM paper WHERE id = ?", id)));
        settle();
        assertFalse(fx(() -> fixture.window.table().getItems().stream().anyMatch(r -> r.id() == id)));
        assertTrue(fx(() -> fixture.window.message().getText()).contains("Deleted “" + ECHIDNA + "”"));
        assertEquals("0", fixture.query("SELECT count(*) FROM note WHERE paper_id = ?", id));

        undo(robot);
        fixture.untilStored("the paper back", c -> ECHIDNA.equals(WindowFixture.text(c, "SELECT title FROM paper WHERE id = ?", id)));
        assertEquals("Look at figure 2.", fixture.query("SELECT body FROM note WHERE paper_id = ?", id));
        assertEquals("spiny", fixture.query("SELECT t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.paper_id = ?", id));
        until("the row back", () -> fixture.window.table().getItems().stream().anyMatch(r -> r.id() == id));
    }

    @Test
    void theDuplicatesSheetListsAPlantedPairAndMergingLeavesOnePaperUntilUndone(FxRobot robot) {
        select(WOMBAT);
        robot.press(KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT);
        until("the duplicates to be listed", () -> {
            DuplicatesSheet s = fixture.window.window().parts().duplicates().sheet();
            return s != null && !s.list().getItems().isEmpty();
        });
        DuplicatesSheet sheet = fixture.window.window().parts().duplicates().sheet();
        List<Duplicates.Pair> pairs = fx(() -> List.copyOf(sheet.list().getItems()));
        assertEquals(1, pairs.size(), pairs.toString());
        Duplicates.Pair pair = pairs.get(0);
        assertEquals(Duplicates.Reason.NEAR_TITLE, pair.reason());
        assertEquals(java.util.Set.of(SPARSE, SPARSES), java.util.Set.of(pair.firstTitle(), pair.secondTitle()));
        assertTrue(fx(() -> sheet.list().isFocused()));

        robot.type(KeyCode.M);
        fixture.untilStored("one paper left of the pair", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM paper WHERE title IN (?, ?)", SPARSE, SPARSES)));
        until("the list to be looked for again", () -> sheet.list().getItems().isEmpty()
                && sheet.summary().getText().startsWith("No two papers"));
        assertEquals("3", fixture.query("SELECT count(*) FROM paper"));

        robot.type(KeyCode.ESCAPE);
        until("the sheet to close", () -> !fixture.window.overlayOpen());
        undo(robot);
        fixture.untilStored("both papers back", c -> "2".equals(WindowFixture.text(c,
                "SELECT count(*) FROM paper WHERE title IN (?, ?)", SPARSE, SPARSES)));
        assertEquals(pair.second() + "", fixture.query("SELECT id FROM paper WHERE id = ?", pair.second()));
    }
}
