package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperRow;
import org.lectern.store.Papers;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The snags of a day's reading in the real window on a real library file: the tag box, searching the
 * queue, Esc out of a search, note undo stretches, copying papers.
 */
@ExtendWith(ApplicationExtension.class)
class SmallSnagsTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    /** The seed listing in the library, the first paper selected and shown, the list focused. */
    private long seedAndSelect(int index) throws Exception {
        long id = fixture.seedAndSelect(index);
        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });
        until("the list focused", () -> fixture.window.table().isFocused());
        return id;
    }

    private long selectedId() {
        return fx(() -> {
            PaperRow r = fixture.window.table().getSelectionModel().getSelectedItem();
            return r == null ? -1 : r.id();
        });
    }

    private String storedNote(Connection c, long id) throws java.sql.SQLException {
        return WindowFixture.text(c, "SELECT body FROM note WHERE paper_id = ?", id);
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    void enterInTheTagBoxAddsTheTagAndTheNextJMovesOn(FxRobot robot) throws Exception {
        long id = seedAndSelect(0);
        robot.type(KeyCode.T);
        until("the tag box focused", () -> fixture.window.detail().tagField().isFocused());
        robot.write("to-read").type(KeyCode.ENTER);
        fixture.untilStored("the tag", c -> "to-read".equals(WindowFixture.text(c,
                "SELECT t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.paper_id = ?", id)));
        until("the list to have the keys again", () -> fixture.window.table().isFocused());
        until("the triage advance to the next paper", () -> fixture.window.table().getSelectionModel().getSelectedIndex() == 1);

        robot.type(KeyCode.J);
        until("the paper after it", () -> fixture.window.table().getSelectionModel().getSelectedIndex() == 2);
        assertEquals("", fx(() -> fixture.window.detail().tagField().getText()), "j went to the list, not the tag box");
    }

    @Test
    void aSearchInsideTheQueueCountsTheQueueAndSaysNothingMatches(FxRobot robot) throws Exception {
        seedAndSelect(0);
        Papers papers = new Papers(fixture.library);
        List<Long> ids = fx(() -> fixture.window.table().getItems().subList(0, 3).stream().map(PaperRow::id).toList());
        for (long id : ids) papers.enqueue(id, false);
        robot.type(KeyCode.G);
        until("the queue", () -> fixture.window.queueHeader().view().isVisible()
                && fixture.window.table().getItems().size() == 3);

        robot.type(KeyCode.SLASH).write("zzqxnothing");
        until("no match in the queue", () -> fixture.window.table().getItems().isEmpty()
                && "0 of 3 papers in the queue match “zzqxnothing”".equals(((javafx.scene.control.Label)
                fixture.window.queueHeader().view().lookup(".queue-count")).getText()));
        assertEquals("No paper in the queue matches “zzqxnothing”: Esc clears the search.",
                fx(() -> fixture.window.queueHeader().upNext().getText()));
        assertFalse(fx(() -> fixture.window.queueHeader().upNext().getText()).contains("press q"),
                "the queue is not empty, only the search");

        String title = fx(() -> papers.get(ids.get(1)).orElseThrow().title());
        String word = java.util.Arrays.stream(title.split("[^A-Za-z]+"))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        fx(() -> {
            fixture.window.search().view().setText(word);
            return null;
        });
        until("a match in the queue", () -> fixture.window.queueHeader().view().lookup(".queue-count") instanceof
                javafx.scene.control.Label l && l.getText().matches("[1-3] of 3 papers in the queue match “" + word + "”"));
    }

    @Test
    void escThatClearsTheSearchKeepsTheSelectedPaper(FxRobot robot) throws Exception {
        seedAndSelect(0);
        robot.type(KeyCode.SLASH).write("ERNIE").type(KeyCode.ENTER);
        until("the search's rows", () -> fixture.window.table().getItems().size() > 2
                && fixture.window.table().getItems().size() < 28 && fixture.window.table().isFocused()
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        robot.type(KeyCode.J).type(KeyCode.J);
        long chosen = selectedId();
        until("the detail of the chosen one", () -> fixture.window.detail().paper() != null
                && fixture.window.detail().paper().id() == chosen);

        robot.type(KeyCode.ESCAPE);
        until("the whole library again", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.search().query().isEmpty());
        until("the same paper selected", () -> {
            PaperRow r = fixture.window.table().getSelectionModel().getSelectedItem();
            return r != null && r.id() == chosen;
        });
        assertEquals(chosen, fx(() -> fixture.window.detail().paper().id()));
    }

    @Test
    void oneUndoTakesBackOneStretchOfNoteTyping(FxRobot robot) throws Exception {
        long id = seedAndSelect(0);
        // a stretch that ends by leaving the note
        robot.type(KeyCode.N).write("First stretch.").type(KeyCode.ESCAPE);
        fixture.untilStored("the first stretch", c -> "First stretch.".equals(storedNote(c, id)));
        until("the list focused", () -> fixture.window.table().isFocused());
        // a second stretch that ends with a pause, then a third after it
        robot.type(KeyCode.N);
        until("the note focused", () -> fixture.window.detail().noteEditor().isFocused());
        fx(() -> {
            fixture.window.detail().noteEditor().end();
            return null;
        });
        robot.write(" Second.");
        fixture.untilStored("the second stretch", c -> "First stretch. Second.".equals(storedNote(c, id)));
        until("the pause to end the stretch", 20, () -> !fixture.window.detail().inNoteStretch());
        robot.write(" Third.");
        fixture.untilStored("the third stretch", c -> "First stretch. Second. Third.".equals(storedNote(c, id)));
        robot.type(KeyCode.ESCAPE);
        until("the list focused", () -> fixture.window.table().isFocused());

        ctrl(robot, KeyCode.Z);
        fixture.untilStored("the third undone alone", c -> "First stretch. Second.".equals(storedNote(c, id)));
        ctrl(robot, KeyCode.Z);
        fixture.untilStored("the second undone alone", c -> "First stretch.".equals(storedNote(c, id)));
        until("the editor to follow", () -> fixture.window.detail().noteEditor().getText().equals("First stretch."));
        ctrl(robot, KeyCode.Z);
        fixture.untilStored("the first undone", c -> "".equals(storedNote(c, id)));
    }

    @Test
    void ctrlCCopiesTitleAndLinkOfTheSelectionAndCtrlShiftCItsBibtex(FxRobot robot) throws Exception {
        long first = seedAndSelect(0);
        long second = fx(() -> fixture.window.table().getItems().get(1).id());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fixture.file.toAbsolutePath())) {
            c.createStatement().executeUpdate("UPDATE paper SET arxiv_id = '2212.06742' WHERE id = " + first);
        }
        fx(() -> {
            fixture.window.refreshAll();
            return null;
        });
        until("the arXiv id read", () -> fixture.window.detail().paper() != null
                && "2212.06742".equals(fixture.window.detail().paper().arxivId()));
        String title1 = fixture.query("SELECT title FROM paper WHERE id = ?", first);
        String title2 = fixture.query("SELECT title FROM paper WHERE id = ?", second);
        String url2 = fixture.query("SELECT url FROM paper WHERE id = ?", second);

        ctrl(robot, KeyCode.C);
        until("the copy", () -> (title1 + " — https://arxiv.org/abs/2212.06742").equals(Clipboard.getSystemClipboard().getString()));

        // the reload the refresh started must be in before two rows are selected, or it selects the one it kept
        fixture.settle();
        fx(() -> {
            fixture.window.table().getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
            fixture.window.table().getSelectionModel().selectIndices(0, 1);
            fixture.window.table().requestFocus();
            return null;
        });
        fixture.settle();
        until("two rows selected", () -> fixture.window.table().getSelectionModel().getSelectedIndices().size() == 2);
        // a reload (the library watcher's, after the write above) keeps both rows selected, the shown one shown
        fx(() -> {
            fixture.window.refreshAll();
            return null;
        });
        fixture.settle();
        assertEquals(List.of(0, 1), fx(() -> List.copyOf(fixture.window.table().getSelectionModel().getSelectedIndices())));
        ctrl(robot, KeyCode.C);
        String both = title1 + " — https://arxiv.org/abs/2212.06742\n" + title2 + (url2 == null ? "" : " — " + url2);
        until("both copied, one a line", () -> both.equals(Clipboard.getSystemClipboard().getString()));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        until("the BibTeX copied", () -> Clipboard.getSystemClipboard().getString().startsWith("@misc{"));
        String bib = fx(() -> Clipboard.getSystemClipboard().getString());
        assertEquals(2, bib.split("@misc\\{", -1).length - 1, bib);
        assertTrue(bib.contains("eprint = {2212.06742}") || bib.contains("eprint = 2212.06742"), bib);
        assertTrue(bib.contains(title2.substring(0, 10)), bib);

        // in a text field the keys copy its text, not the papers
        fx(() -> {
            fixture.window.search().view().setText("just this text");
            fixture.window.search().view().requestFocus();
            fixture.window.search().view().selectAll();
            return null;
        });
        until("the search focused", () -> fixture.window.search().view().isFocused());
        ctrl(robot, KeyCode.C);
        until("the field's text copied", () -> "just this text".equals(Clipboard.getSystemClipboard().getString()));
    }
}
