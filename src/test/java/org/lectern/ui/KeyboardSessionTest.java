package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.library.StatusChange;
import org.lectern.store.Library;
import org.lectern.store.Papers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A whole reading session without the mouse: paste a listing, triage ten papers into the queue,
 * reorder, read, skip, drop, tag, annotate, undo; then the file, opened anew, holds exactly that.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardSessionTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    /** Waits until the window has nothing left to do: changes written, rows and detail read. */
    private void settle() {
        fixture.settleRows();
    }

    private void key(FxRobot robot, KeyCode... keys) {
        if (keys.length == 1) robot.type(keys[0]);
        else {
            KeyCode[] modifiers = java.util.Arrays.copyOf(keys, keys.length - 1);
            robot.press(modifiers).type(keys[keys.length - 1]).release(modifiers);
        }
        settle();
    }

    private long selected() {
        return fx(() -> fixture.window.table().getSelectionModel().getSelectedItem().id());
    }

    private List<Long> rowIds() {
        return fx(() -> fixture.window.table().getItems().stream().map(PaperRow::id).toList());
    }

    @Test
    void aWholeSessionWithTheKeyboardOnly(FxRobot robot) throws Exception {
        fixture.paste(robot, MainWindowTest.seedText());
        until("the preview", () -> fixture.window.previewSheet() != null
                && fixture.window.previewSheet().table().getItems().size() == 28);
        robot.type(KeyCode.ENTER);
        until("the import", () -> fixture.window.previewSheet() == null && fixture.window.table().getItems().size() == 28);
        settle();

        // triage: the first ten papers of the import into the queue, the tenth to its top
        List<Long> p = rowIds().subList(0, 10);
        if (fx(() -> fixture.window.table().getSelectionModel().getSelectedIndex()) != 0) {
            fx(() -> {
                fixture.window.table().getSelectionModel().clearAndSelect(0);
                return null;
            });
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(p.get(i), selected(), "row " + i);
            if (i < 9) key(robot, KeyCode.Q); // queues, then moves on to the next paper
            else key(robot, KeyCode.SHIFT, KeyCode.Q);
        }
        assertEquals(List.of(p.get(9), p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6),
                p.get(7), p.get(8)), queueIds());

        // the queue view, in queue order, the top paper up next
        key(robot, KeyCode.G);
        until("the queue view", () -> fixture.window.filter().view() == PaperFilter.View.QUEUE
                && fixture.window.table().getItems().size() == 10);
        assertEquals(queueIds(), rowIds());
        assertEquals(p.get(9), selected());
        String top = fx(() -> fixture.window.table().getItems().get(0).title());
        until("up next", () -> fixture.window.queueHeader().upNext().getText().equals(top)
                && fixture.window.queueHeader().view().isVisible());

        // reorder: the top paper down two, then up one
        key(robot, KeyCode.ALT, KeyCode.DOWN);
        key(robot, KeyCode.ALT, KeyCode.DOWN);
        key(robot, KeyCode.ALT, KeyCode.UP);
        assertEquals(p.get(9), selected());
        assertEquals(List.of(p.get(0), p.get(9), p.get(1)), rowIds().subList(0, 3));

        // read three: start the top one, mark it read, and the next two
        key(robot, KeyCode.K);
        assertEquals(p.get(0), selected());
        key(robot, KeyCode.SPACE);
        until("the history line", () -> fixture.window.detail().history().getText().startsWith("Queued")
                && fixture.window.detail().history().getText().contains("Reading"));
        key(robot, KeyCode.R);
        assertEquals(p.get(9), selected());
        key(robot, KeyCode.R);
        key(robot, KeyCode.R);
        assertEquals(p.get(2), selected());

        until("the chart to count them", () -> {
            var weeks = fixture.window.queueHeader().chart().values();
            return weeks.size() == 8 && weeks.get(7).intValue() == 3;
        });

        // skip one to the end
        key(robot, KeyCode.S);
        assertEquals(p.get(3), selected());

        // tag and annotate the one now on top
        key(robot, KeyCode.T);
        assertTrue(fx(() -> fixture.window.detail().tagField().isFocused()));
        robot.write("ernie");
        key(robot, KeyCode.ENTER);
        fixture.untilStored("the tag", c -> "ernie".equals(WindowFixture.text(c,
                "SELECT t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.paper_id = ?", p.get(3))));
        assertTrue(fx(() -> fixture.window.table().isFocused()), "Enter adds the tag and returns to the list");
        assertEquals(p.get(4), selected(), "t moves on to the next paper, as every triage key does");
        key(robot, KeyCode.K);
        assertEquals(p.get(3), selected());
        until("the tag", () -> fixture.window.detail().paper().tags().contains("ernie"));
        key(robot, KeyCode.N);
        assertTrue(fx(() -> fixture.window.detail().noteEditor().isFocused()));
        robot.write("Read section 3 first.");
        key(robot, KeyCode.ESCAPE);
        assertTrue(fx(() -> fixture.window.table().isFocused()));
        fixture.untilStored("the note", c -> "Read section 3 first.".equals(
                WindowFixture.text(c, "SELECT body FROM note WHERE paper_id = ?", p.get(3))));

        // drop the next one
        key(robot, KeyCode.J);
        assertEquals(p.get(4), selected());
        key(robot, KeyCode.X);
        assertEquals(p.get(5), selected());

        // two changes to take back: return one to New, move another
        key(robot, KeyCode.U);
        assertEquals(p.get(6), selected());
        key(robot, KeyCode.ALT, KeyCode.DOWN);
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        until("the queue after the undos", () -> fixture.window.table().getItems().size() == 6);

        // the file, opened anew, holds exactly the session
        fixture.close();
        try (Library library = Library.open(fixture.file)) {
            Papers papers = new Papers(library);
            assertEquals(List.of(p.get(3), p.get(5), p.get(6), p.get(7), p.get(8), p.get(2)),
                    papers.queue().stream().map(PaperRow::id).toList());
            Map<Long, List<Status>> expected = new HashMap<>();
            expected.put(p.get(0), List.of(Status.QUEUED, Status.READING, Status.READ));
            expected.put(p.get(9), List.of(Status.QUEUED, Status.READ));
            expected.put(p.get(1), List.of(Status.QUEUED, Status.READ));
            expected.put(p.get(4), List.of(Status.QUEUED, Status.DROPPED));
            for (long id : List.of(p.get(2), p.get(3), p.get(5), p.get(6), p.get(7), p.get(8))) {
                expected.put(id, List.of(Status.QUEUED));
            }
            int changes = 0;
            for (Paper paper : papers.all(PaperFilter.all())) {
                List<Status> history = new ArrayList<>(papers.history(paper.id()).stream().map(StatusChange::status).toList());
                List<Status> want = expected.getOrDefault(paper.id(), List.of());
                assertEquals(want, history, paper.title());
                assertEquals(want.isEmpty() ? Status.NEW : want.get(want.size() - 1), paper.status(), paper.title());
                assertEquals(paper.id() == p.get(3) ? List.of("ernie") : List.of(), paper.tags(), paper.title());
                assertEquals(paper.id() == p.get(3) ? "Read section 3 first." : "", paper.note(), paper.title());
                changes += history.size();
            }
            assertEquals(15, changes);
            assertEquals(28, papers.all(PaperFilter.all()).size());
        }
    }

    private List<Long> queueIds() {
        settle();
        return fixture.library == null ? List.of() : new Papers(fixture.library).queue().stream().map(PaperRow::id).toList();
    }
}
