package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Many papers at once, on a real library file: the keys and clicks that select several, and each triage
 * action on all of them as one undoable step, checked in the file through a connection of its own.
 */
@ExtendWith(ApplicationExtension.class)
class MultiSelectTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(f -> SeedLibrary.importInto(f.library));

    private void settle() {
        fixture.settleRows(n -> n == 28);
    }

    private void key(FxRobot robot, KeyCode... keys) {
        if (keys.length == 1) robot.type(keys[0]);
        else robot.press(java.util.Arrays.copyOf(keys, keys.length - 1)).type(keys[keys.length - 1])
                .release(java.util.Arrays.copyOf(keys, keys.length - 1));
        settle();
    }

    private List<Integer> selected() {
        return fx(() -> fixture.window.table().getSelectionModel().getSelectedIndices().stream().sorted().toList());
    }

    private List<Long> ids() {
        return fx(() -> fixture.window.table().getItems().stream().map(PaperRow::id).toList());
    }

    private String statusOf(long id) {
        return fixture.query("SELECT status FROM paper WHERE id = ?", id);
    }

    private String selectionText() {
        return fx(() -> fixture.window.table().getScene().lookup("#selection") instanceof javafx.scene.control.Label l
                ? l.getText() : null);
    }

    /** Selects {@code row} with the list focused; returns the ids of the rows, in order. */
    private List<Long> startAt(int row) {
        settle();
        fixture.selectInList(row);
        return ids();
    }

    @Test
    void shiftArrowsAndShiftJkExtendAndOneStatusKeyMarksThemAllAsOneStep(FxRobot robot) {
        List<Long> ids = startAt(2);
        key(robot, KeyCode.SHIFT, KeyCode.DOWN);
        key(robot, KeyCode.SHIFT, KeyCode.J);
        key(robot, KeyCode.SHIFT, KeyCode.J);
        key(robot, KeyCode.SHIFT, KeyCode.K);
        assertEquals(List.of(2, 3, 4), selected());
        assertEquals("3 selected", selectionText());
        key(robot, KeyCode.SHIFT, KeyCode.UP);
        key(robot, KeyCode.SHIFT, KeyCode.DOWN);
        assertEquals(List.of(2, 3, 4), selected(), "back where it was: the anchor stays put");

        key(robot, KeyCode.DIGIT4);
        for (int i = 2; i <= 4; i++) {
            long id = ids.get(i);
            fixture.untilStored("paper " + i + " read", c -> "read".equals(WindowFixture.text(c, "SELECT status FROM paper WHERE id = ?", id)));
        }
        assertEquals("new", statusOf(ids.get(5)), "the paper after them is untouched");
        assertEquals(java.util.Optional.of("Mark Read (3 papers)"), fx(() -> fixture.window.journal().nextUndo()),
                "one step in the journal");
        assertEquals(List.of(5), selected(), "on to the paper after the selection");
        assertEquals("", selectionText());

        key(robot, KeyCode.CONTROL, KeyCode.Z);
        for (int i = 2; i <= 4; i++) {
            long id = ids.get(i);
            fixture.untilStored("paper " + i + " new again", c -> "new".equals(WindowFixture.text(c, "SELECT status FROM paper WHERE id = ?", id)));
        }
        assertEquals("0", fixture.query("SELECT count(*) FROM status_change"), "one undo takes back all three");
        assertEquals(java.util.Optional.empty(), fx(() -> fixture.window.journal().nextUndo()), "nothing else to undo");
    }

    @Test
    void ctrlAQueuesTheWholeViewInItsOrderAndCtrlClickAndShiftClickPickRows(FxRobot robot) {
        List<Long> ids = startAt(0);
        key(robot, KeyCode.CONTROL, KeyCode.A);
        assertEquals(28, selected().size());
        assertEquals("28 selected", selectionText());
        key(robot, KeyCode.Q);
        fixture.untilStored("all 28 queued", c -> "28".equals(WindowFixture.text(c,
                "SELECT count(*) FROM paper WHERE status = 'queued' AND queue_pos IS NOT NULL")));
        assertEquals(ids, queueOrder(), "the queue holds them in the view's order");
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        fixture.untilStored("none queued", c -> "0".equals(WindowFixture.text(c,
                "SELECT count(*) FROM paper WHERE status = 'queued'")));

        // a click, a Ctrl+click and a Shift+click
        settle();
        fx(() -> {
            fixture.window.table().scrollTo(0);
            return null;
        });
        until("the top rows shown", () -> fixture.window.table().lookupAll(".table-row-cell").stream()
                .anyMatch(n -> n instanceof TableRow<?> r && r.getIndex() == 1 && r.isVisible()));
        robot.clickOn(row(1));
        robot.press(KeyCode.CONTROL).clickOn(row(3)).release(KeyCode.CONTROL);
        assertEquals(List.of(1, 3), selected(), "Ctrl+click adds a row");
        robot.press(KeyCode.SHIFT).clickOn(row(5)).release(KeyCode.SHIFT);
        List<Integer> picked = selected();
        assertEquals(List.of(3, 4, 5), picked, "Shift+click selects from the row clicked last");
        assertEquals("3 selected", selectionText());
        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });

        // t, a tag, Enter: the tag on each, as one step
        key(robot, KeyCode.T);
        robot.write("batch");
        key(robot, KeyCode.ENTER);
        fixture.untilStored("the tag on each", c -> String.valueOf(picked.size()).equals(WindowFixture.text(c,
                "SELECT count(*) FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id WHERE t.name = 'batch'")));
        for (int i : picked) {
            long id = ids.get(i);
            fixture.untilStored("tagged " + i, c -> "1".equals(WindowFixture.text(c,
                    "SELECT count(*) FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id WHERE t.name = 'batch' AND pt.paper_id = ?", id)));
        }
        assertEquals(List.of(picked.get(picked.size() - 1) + 1), selected(), "on to the paper after them");

        // Delete takes them all, and one undo gives them all back
        fx(() -> {
            fixture.window.table().getSelectionModel().clearSelection();
            for (int i : picked) fixture.window.table().getSelectionModel().select(i);
            return null;
        });
        robot.type(KeyCode.DELETE);
        fixture.untilStored("deleted", c -> String.valueOf(28 - picked.size()).equals(WindowFixture.text(c, "SELECT count(*) FROM paper")));
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        fixture.untilStored("back", c -> "28".equals(WindowFixture.text(c, "SELECT count(*) FROM paper")));
    }

    @Test
    void theFamilyPickerPutsEverySelectedPaperInTheNewFamily(FxRobot robot) {
        List<Long> ids = startAt(6);
        key(robot, KeyCode.SHIFT, KeyCode.DOWN);
        key(robot, KeyCode.SHIFT, KeyCode.DOWN);
        key(robot, KeyCode.F);
        until("the picker", () -> fixture.window.reading().familyPicker() != null);
        robot.write("Picked together");
        until("the offer to create", () -> fixture.window.reading().familyPicker().list().getSelectionModel()
                .getSelectedItem() != null && fixture.window.reading().familyPicker().list().getSelectionModel()
                .getSelectedItem().family() == null);
        key(robot, KeyCode.ENTER);
        fixture.untilStored("the family with the three", c -> "3".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = 'Picked together'")));
        for (int i = 6; i <= 8; i++) {
            long id = ids.get(i);
            fixture.untilStored("member " + i, c -> "1".equals(WindowFixture.text(c, "SELECT count(*) FROM family_member m "
                    + "JOIN family f ON f.id = m.family_id WHERE f.name = 'Picked together' AND m.paper_id = ?", id)));
        }
        assertEquals(List.of(9), selected());
    }

    private Node row(int index) {
        return fx(() -> fixture.window.table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == index).findFirst().orElseThrow());
    }

    private List<Long> queueOrder() {
        return new org.lectern.store.Papers(fixture.library).queue().stream().map(PaperRow::id).toList();
    }
}
