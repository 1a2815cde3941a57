package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A window whose library has a keymap file beside it: the rebound key drives its action, a clashing
 * line is refused with a message, and the cheat sheet and palette show exactly the bindings in force.
 */
@ExtendWith(ApplicationExtension.class)
class RebindingTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(fixture -> {
        Files.writeString(fixture.file.resolveSibling(KeyBindings.FILE_NAME), """
                # the reader's own keys
                queue = A
                drop = J
                """);
        WindowFixture.seed(fixture);
    });

    private void ready() {
        until("the rows", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        fixture.selectInList(0);
        settle();
    }

    private void settle() {
        fixture.settleRows();
    }

    private String statusOfSelected() {
        long id = fx(() -> fixture.window.table().getSelectionModel().getSelectedItem().id());
        return fixture.query("SELECT status FROM paper WHERE id = ?", id);
    }

    @Test
    void theReboundKeyDrivesItsActionAndAClashIsRefused(FxRobot robot) {
        ready();
        until("the refusal", () -> fixture.window.message().getText().contains("j is already Next paper")
                && fixture.window.message().getText().contains("Drop"));
        assertEquals("a", fx(() -> fixture.window.keys().display(Keymap.QUEUE)));
        assertEquals("x", fx(() -> fixture.window.keys().display(Keymap.DROP)), "the refused line leaves the default");

        robot.type(KeyCode.Q);
        settle();
        assertEquals("new", statusOfSelected(), "q no longer queues");
        long queued = fx(() -> fixture.window.table().getSelectionModel().getSelectedItem().id());
        robot.type(KeyCode.A);
        settle();
        assertEquals("queued", fixture.query("SELECT status FROM paper WHERE id = ?", queued));
        assertEquals(1, (int) fx(() -> fixture.window.table().getSelectionModel().getSelectedIndex()), "a moves on, as q did");
        robot.type(KeyCode.J);
        settle();
        assertEquals(2, (int) fx(() -> fixture.window.table().getSelectionModel().getSelectedIndex()), "j still moves");
        robot.type(KeyCode.X);
        settle();
        assertEquals(1, Integer.parseInt(fixture.query("SELECT count(*) FROM paper WHERE status = 'dropped'")));
    }

    @Test
    void theCheatSheetAndThePaletteShowTheBindingsInForce(FxRobot robot) {
        ready();
        KeyBindings keys = fx(() -> fixture.window.keys());
        Map<String, String> expected = new LinkedHashMap<>();
        for (Keymap a : Keymap.values()) expected.put(a.name(), keys.display(a));
        assertEquals("a", expected.get("QUEUE"));

        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        until("the cheat sheet", () -> fixture.window.reading().cheatSheet() != null);
        Map<String, String> sheet = fx(() -> fixture.window.reading().cheatSheet().rendered().stream()
                .map(s -> s.split("=", 2)).collect(Collectors.toMap(s -> s[0], s -> s[1], (x, y) -> x + "," + y, LinkedHashMap::new)));
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(sheet));
        robot.type(KeyCode.ESCAPE);
        until("the cheat sheet to close", () -> fixture.window.reading().cheatSheet() == null);

        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        until("the palette", () -> fixture.window.reading().palette() != null);
        Map<String, String> palette = fx(() -> fixture.window.reading().palette().list().getItems().stream()
                .filter(e -> e.action().key() != null)
                .collect(Collectors.toMap(e -> e.action().id(), org.lectern.ui.actions.ActionRegistry.Entry::key)));
        // the palette runs the window's actions; a sheet's keys act only inside their sheet
        Map<String, String> windowActions = new java.util.TreeMap<>(expected);
        windowActions.keySet().removeIf(name -> Keymap.valueOf(name).group().inSheet());
        assertTrue(windowActions.size() < expected.size(), "the cheat sheet lists the sheet keys too");
        assertEquals(windowActions, new java.util.TreeMap<>(palette));
        assertTrue(fx(() -> fixture.window.reading().palette().field().isFocused()));

        // searchable: the words of an action find it, and Enter runs it on the selected paper
        robot.write("mark read go");
        until("the filter", () -> fixture.window.reading().palette().list().getItems().size() >= 1
                && fixture.window.reading().palette().list().getSelectionModel().getSelectedItem().action().key() == Keymap.MARK_READ);
        // the palette shows the action's key in force, the rebound one
        assertEquals(keys.display(Keymap.MARK_READ), fx(() -> fixture.window.reading().palette().list()
                .getSelectionModel().getSelectedItem().key()));
        long first = fx(() -> fixture.window.table().getSelectionModel().getSelectedItem().id());
        robot.type(KeyCode.ENTER);
        until("the palette to close", () -> fixture.window.reading().palette() == null);
        settle();
        assertEquals("read", fixture.query("SELECT status FROM paper WHERE id = ?", first));
        assertNull(fx(() -> fixture.window.reading().palette()));
    }

    @Test
    void fPutsThePaperInANewFamilyAndUndoTakesItBack(FxRobot robot) {
        ready();
        long id = fx(() -> fixture.window.table().getSelectionModel().getSelectedItem().id());
        until("the detail", () -> fixture.window.detail().paper() != null && fixture.window.detail().paper().id() == id);
        robot.type(KeyCode.F);
        until("the picker", () -> fixture.window.reading().familyPicker() != null);
        robot.write("Reading group");
        until("the offer to create", () -> fixture.window.reading().familyPicker().list().getSelectionModel()
                .getSelectedItem().create() != null);
        robot.type(KeyCode.ENTER);
        settle();
        assertEquals("Reading group", fixture.query("""
                SELECT f.name FROM family f JOIN family_member m ON m.family_id = f.id WHERE m.paper_id = ?""", id));
        // f moved on to the next paper, as every triage key does: back to the paper
        until("the next paper", () -> fixture.window.table().getSelectionModel().getSelectedIndex() == 1);
        robot.type(KeyCode.K);
        until("the chip", () -> fixture.window.detail().paper().id() == id
                && fixture.window.detail().paper().families().contains("Reading group"));

        // again: the family is listed with the paper in it, and Enter takes it out
        robot.type(KeyCode.F);
        until("the picker", () -> fixture.window.reading().familyPicker() != null);
        robot.write("readi");
        until("the family", () -> fixture.window.reading().familyPicker().list().getSelectionModel()
                .getSelectedItem().member());
        robot.type(KeyCode.ENTER);
        settle();
        assertEquals("0", fixture.query("SELECT count(*) FROM family_member WHERE paper_id = ?", id));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertEquals("1", fixture.query("SELECT count(*) FROM family_member WHERE paper_id = ?", id));
        assertEquals("0", fixture.query("SELECT count(*) FROM family_rejection"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertEquals("0", fixture.query("SELECT count(*) FROM family"));
    }
}
