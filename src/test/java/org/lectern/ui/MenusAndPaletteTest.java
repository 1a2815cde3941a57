package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperRow;
import org.lectern.store.Backups;
import org.lectern.ui.actions.ActionRegistry;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The menus, the palette and the cheat sheet come from one registry of actions, on the real window and a
 * real library file: every menu item is in the palette with the same key, and an action does the same
 * from the palette as from its menu.
 */
@ExtendWith(ApplicationExtension.class)
class MenusAndPaletteTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    /** Every item of {@code bar} that does something (no separators, no submenu headings), through the submenus. */
    static List<MenuItem> actionItems(MenuBar bar) {
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) collect(m, out);
        return out;
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) collect(sub, out);
            else if (!(i instanceof SeparatorMenuItem)) out.add(i);
        }
    }

    private void ready() {
        until("the rows", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        select(0);
    }

    private long select(int row) {
        long id = fx(() -> {
            fixture.window.table().getSelectionModel().clearAndSelect(row);
            fixture.window.table().requestFocus();
            return fixture.window.table().getItems().get(row).id();
        });
        until("the detail", () -> fixture.window.detail().paper() != null && fixture.window.detail().paper().id() == id);
        return id;
    }

    private Map<String, String> palette(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        until("the palette", () -> fixture.window.reading().palette() != null);
        return fx(() -> fixture.window.reading().palette().list().getItems().stream()
                .collect(Collectors.toMap(e -> e.action().id(), ActionRegistry.Entry::key, (a, b) -> a, LinkedHashMap::new)));
    }

    /** Opens the palette, types {@code words}, checks the first match is {@code id}, and runs it with Enter. */
    private void runFromPalette(FxRobot robot, String words, String id) {
        palette(robot);
        robot.write(words);
        until("the action " + id + " first", () -> {
            var chosen = fixture.window.reading().palette().list().getSelectionModel().getSelectedItem();
            return chosen != null && chosen.action().id().equals(id);
        });
        robot.type(KeyCode.ENTER);
        until("the palette to close", () -> fixture.window.reading().palette() == null);
    }

    private MenuItem menuItem(String id) {
        return fx(() -> actionItems(fixture.window.menuBar()).stream().filter(m -> id.equals(m.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id)));
    }

    @Test
    void everyMenuItemIsInThePaletteWithTheSameKeyAndTheCheatSheetShowsTheSameKeys(FxRobot robot) {
        ready();
        Map<String, String> menu = fx(() -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (MenuItem i : actionItems(fixture.window.menuBar())) {
                m.put(i.getId(), i.getAccelerator() == null ? "" : i.getAccelerator().getDisplayText());
            }
            return m;
        });
        assertTrue(menu.size() > 20, "the menu bar: " + menu);
        assertTrue(menu.keySet().stream().noneMatch(id -> id == null), "every menu item is an action: " + menu);
        Map<String, String> palette = palette(robot);
        for (Map.Entry<String, String> item : menu.entrySet()) {
            assertTrue(palette.containsKey(item.getKey()), "the palette offers the menu's " + item.getKey() + ": " + palette.keySet());
            assertEquals(item.getValue(), palette.get(item.getKey()), "the key of " + item.getKey());
        }
        for (String id : List.of("SUGGEST_FAMILIES", "EXPORT_JSON", "EXPORT_BIBTEX", "EXPORT_MARKDOWN", "BACK_UP", "RESTORE",
                "DELETE", "UNDO", "QUIT")) {
            assertTrue(palette.containsKey(id), id + " is in the palette");
        }
        KeyBindingsDisplay keys = new KeyBindingsDisplay(fx(() -> fixture.window.keys()));
        assertEquals(keys.of(Keymap.DELETE), menu.get("DELETE"));
        assertEquals(keys.of(Keymap.FOCUS_SIDEBAR), menu.get("FOCUS_SIDEBAR"));
        assertEquals("", menu.get("BACK_UP"), "an action with no key shows none");
        // the palette also runs what only keys do (the next paper), which no menu holds
        assertTrue(palette.containsKey("NEXT") && !menu.containsKey("NEXT"));
        robot.type(KeyCode.ESCAPE);
        until("the palette to close", () -> fixture.window.reading().palette() == null);

        // the cheat sheet shows each menu key the same
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        until("the cheat sheet", () -> fixture.window.reading().cheatSheet() != null);
        Map<String, String> sheet = fx(() -> fixture.window.reading().cheatSheet().rendered().stream()
                .map(s -> s.split("=", 2)).collect(Collectors.toMap(s -> s[0], s -> s[1], (a, b) -> a)));
        for (Map.Entry<String, String> item : menu.entrySet()) {
            if (!item.getValue().isEmpty()) assertEquals(item.getValue(), sheet.get(item.getKey()), "the cheat sheet's " + item.getKey());
        }
        robot.type(KeyCode.ESCAPE);
        until("the cheat sheet to close", () -> fixture.window.reading().cheatSheet() == null);
    }

    @Test
    void anActionDoesTheSameFromThePaletteAsFromItsMenu(FxRobot robot) throws Exception {
        ready();
        // Mark Queued: from the menu on one paper, from the palette on another
        long a = select(0);
        fx(() -> {
            menuItem("STATUS_QUEUED").fire();
            return null;
        });
        fixture.untilStored("queued from the menu", c -> "queued".equals(WindowFixture.text(c, "SELECT status FROM paper WHERE id = ?", a)));
        long b = select(1);
        runFromPalette(robot, "mark queued", "STATUS_QUEUED");
        fixture.untilStored("queued from the palette", c -> "queued".equals(WindowFixture.text(c, "SELECT status FROM paper WHERE id = ?", b)));

        // Back up now: each makes one more backup beside the library
        int before = Backups.list(fixture.file).size();
        fx(() -> {
            menuItem("BACK_UP").fire();
            return null;
        });
        until("a backup from the menu", () -> Backups.list(fixture.file).size() == before + 1);
        runFromPalette(robot, "back up", "BACK_UP");
        until("a backup from the palette", () -> Backups.list(fixture.file).size() == before + 2);

        // Delete the paper: gone from the file either way
        int papers = Integer.parseInt(fixture.query("SELECT count(*) FROM paper"));
        long c1 = select(2);
        fx(() -> {
            menuItem("DELETE").fire();
            return null;
        });
        fixture.untilStored("deleted from the menu", c -> "0".equals(WindowFixture.text(c, "SELECT count(*) FROM paper WHERE id = ?", c1)));
        until("the table without it", () -> fixture.window.table().getItems().stream().noneMatch(r -> r.id() == c1));
        long c2 = select(2);
        runFromPalette(robot, "delete the paper", "DELETE");
        fixture.untilStored("deleted from the palette", c -> "0".equals(WindowFixture.text(c, "SELECT count(*) FROM paper WHERE id = ?", c2)));
        assertEquals(papers - 2, Integer.parseInt(fixture.query("SELECT count(*) FROM paper")));

        // Suggest families opens the proposals sheet from either
        runFromPalette(robot, "suggest families", "SUGGEST_FAMILIES");
        until("the proposals", () -> fixture.window.familiesUi().sheet() != null);
        robot.type(KeyCode.ESCAPE);
        until("the proposals to close", () -> fixture.window.familiesUi().sheet() == null);
        fx(() -> {
            menuItem("SUGGEST_FAMILIES").fire();
            return null;
        });
        until("the proposals from the menu", () -> fixture.window.familiesUi().sheet() != null);
        PaperRow shown = fx(() -> fixture.window.table().getSelectionModel().getSelectedItem());
        assertTrue(shown != null && shown.id() != c2);
    }

    /** The key in force, as the window shows it. */
    private record KeyBindingsDisplay(org.lectern.ui.keys.KeyBindings keys) {
        String of(Keymap action) {
            return keys.display(action);
        }
    }
}
