package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperRow;
import org.lectern.ui.keys.TriageKeys;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every triage key behaves the same: it acts on the paper, then the next paper is selected, so the key
 * after it never changes the paper just dealt with. Each is pressed once, on a real library file, and
 * the file is read back through a connection of its own. The cheat sheet says so.
 */
@ExtendWith(ApplicationExtension.class)
class TriageAdvanceTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(f -> SeedLibrary.importInto(f.library));

    private void settle() {
        fixture.settleRows(n -> n > 0);
    }

    private void press(FxRobot robot, Keymap action) {
        KeyCombination k = fx(() -> fixture.window.keys().key(action));
        KeyCode code = k instanceof KeyCodeCombination c ? c.getCode() : KeyCode.getKeyCode(k.getName());
        if (k.getShift() == KeyCombination.ModifierValue.DOWN) robot.press(KeyCode.SHIFT).type(code).release(KeyCode.SHIFT);
        else robot.type(code);
    }

    private long selectedId() {
        return fx(() -> fixture.window.table().getSelectionModel().getSelectedItem().id());
    }

    @Test
    void everyTriageKeyActsThenMovesOnToTheNextPaper(FxRobot robot) {
        settle();
        List<Long> ids = fx(() -> fixture.window.table().getItems().stream().map(PaperRow::id).toList());
        fixture.selectInList(0);
        settle();
        int row = 0;
        for (Keymap action : TriageKeys.ACTIONS) {
            long paper = ids.get(row);
            String title = fx(() -> fixture.window.table().getItems().get(fixture.window.table().getSelectionModel()
                    .getSelectedIndex()).title());
            assertEquals(paper, selectedId(), "before " + action);
            if (action == Keymap.STATUS_NEW) {
                // a paper must be something else to be made New again: read, then back to it
                press(robot, Keymap.STATUS_READ);
                settle();
                robot.type(KeyCode.K);
                settle();
                assertEquals(paper, selectedId());
            }
            press(robot, action);
            if (action == Keymap.TAG) {
                until("the tag box", () -> fixture.window.detail().tagField().isFocused());
                robot.write("triaged");
                robot.type(KeyCode.ENTER);
            } else if (action == Keymap.FAMILY) {
                until("the picker", () -> fixture.window.reading().familyPicker() != null);
                robot.write("Triaged");
                until("the offer to create", () -> fixture.window.reading().familyPicker().list().getSelectionModel()
                        .getSelectedItem() != null && fixture.window.reading().familyPicker().list().getSelectionModel()
                        .getSelectedItem().create() != null);
                robot.type(KeyCode.ENTER);
            }
            fixture.untilStored(action + " on its paper", c -> done(action, c, paper));
            String prefix = action == Keymap.DELETE ? "Deleted “" : "Done: ";
            until(action + " said in the status bar", () -> fixture.window.message().getText().startsWith(prefix)
                    && fixture.window.message().getText().contains("“" + title + "”"));
            settle();
            assertEquals(ids.get(row + 1), selectedId(), action + " moves on to the next paper");
            row++;
        }
    }

    /** True when the file shows {@code action} done to {@code paper}. */
    private static boolean done(Keymap action, java.sql.Connection c, long paper) throws java.sql.SQLException {
        String status = WindowFixture.text(c, "SELECT status FROM paper WHERE id = ?", paper);
        return switch (action) {
            case STATUS_NEW -> "new".equals(status)
                    && "2".equals(WindowFixture.text(c, "SELECT count(*) FROM status_change WHERE paper_id = ?", paper));
            case STATUS_QUEUED -> "queued".equals(status);
            case STATUS_READING -> "reading".equals(status);
            case STATUS_READ -> "read".equals(status);
            case STATUS_DROPPED, DROP -> "dropped".equals(status);
            case QUEUE -> "queued".equals(status) && WindowFixture.text(c, "SELECT queue_pos FROM paper WHERE id = ?", paper) != null;
            case QUEUE_TOP -> "queued".equals(status) && String.valueOf(paper).equals(WindowFixture.text(c,
                    "SELECT id FROM paper WHERE queue_pos IS NOT NULL ORDER BY queue_pos LIMIT 1"));
            case TAG -> "1".equals(WindowFixture.text(c, "SELECT count(*) FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id "
                    + "WHERE t.name = 'triaged' AND pt.paper_id = ?", paper));
            case FAMILY -> "1".equals(WindowFixture.text(c, "SELECT count(*) FROM family_member m JOIN family f "
                    + "ON f.id = m.family_id WHERE f.name = 'Triaged' AND m.paper_id = ?", paper));
            case DELETE -> status == null;
            default -> throw new AssertionError("not a triage key: " + action);
        };
    }

    @Test
    void theCheatSheetSaysSoWithTheKeysInForce(FxRobot robot) {
        settle();
        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        until("the cheat sheet", () -> fixture.window.reading().cheatSheet() != null);
        String rule = fx(() -> ((Label) fixture.window.reading().cheatSheet().view().lookup("#triage-rule")).getText());
        assertEquals("1, 2, 3, 4, 5, q, Shift+Q, x, t, f and Delete act on every selected paper, then go on to the paper after them.", rule);
        assertTrue(fx(() -> fixture.window.reading().cheatSheet().view().lookup("#triage-rule").isVisible()));
    }
}
