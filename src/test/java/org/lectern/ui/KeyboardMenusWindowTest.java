package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The menus as a keyboard reaches them: Alt and a menu's letter, Shift+F10 or the menu key on a row, and
 * the arrow keys and Enter through a row's menu and its submenu.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardMenusWindowTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    private MenuBar menuBar() {
        return fx(() -> (MenuBar) fixture.window.table().getScene().lookup(".menu-bar"));
    }

    @Test
    void altAndAMenusLetterOpensThatMenu(FxRobot robot) {
        until("the first rows", () -> fixture.window.table().getItems().size() > 0
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        until("the menu bar", () -> menuBar() != null);
        Menu file = fx(() -> menuBar().getMenus().get(0));
        assertEquals("_File", fx(file::getText), "File has its mnemonic letter");
        assertTrue(fx(file::isMnemonicParsing));
        robot.press(KeyCode.ALT).type(KeyCode.F).release(KeyCode.ALT);
        until("the File menu to show", file::isShowing);
        robot.type(KeyCode.ESCAPE);
        until("the File menu to close", () -> !file.isShowing());
    }

    @Test
    void shiftF10OnARowOpensItsMenu(FxRobot robot) {
        until("the first rows", () -> fixture.window.table().getItems().size() > 0
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        fx(() -> {
            fixture.window.table().getSelectionModel().select(0);
            fixture.window.table().requestFocus();
            return null;
        });
        until("the first row laid out", () -> fixture.window.table().lookupAll(".table-row-cell").stream()
                .anyMatch(n -> n instanceof TableRow<?> r && r.getIndex() == 0));
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        until("the row's menu", () -> robot.lookup("Add to the reading queue").tryQuery().isPresent());
        Node item = robot.lookup("Add to the reading queue").query();
        assertTrue(fx(item::isVisible));
        robot.type(KeyCode.ESCAPE);
        until("the row's menu to close", () -> robot.lookup("Add to the reading queue").tryQuery().isEmpty());
    }

    private long openFirstRowsMenu(FxRobot robot) {
        until("the first rows", () -> fixture.window.table().getItems().size() > 0
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        long id = fx(() -> {
            fixture.window.table().getSelectionModel().select(0);
            fixture.window.table().requestFocus();
            return fixture.window.table().getItems().get(0).id();
        });
        until("the first row laid out", () -> fixture.window.table().lookupAll(".table-row-cell").stream()
                .anyMatch(n -> n instanceof TableRow<?> r && r.getIndex() == 0));
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        until("the row's menu", () -> robot.lookup("Add to the reading queue").tryQuery().isPresent());
        return id;
    }

    private Status statusOf(long id) {
        return fx(() -> fixture.window.table().getItems().stream().filter(r -> r != PagedRows.LOADING && r.id() == id)
                .map(PaperRow::status).findFirst().orElse(null));
    }

    /**
     * The text of the menu item that has the keyboard focus, of those named {@code among} (a menu and its
     * open submenu each have one), or null.
     */
    private String focusedItem(FxRobot robot, String... among) {
        java.util.List<String> names = java.util.List.of(among);
        return fx(() -> robot.lookup(".menu-item").queryAll().stream().filter(Node::isFocused)
                .map(n -> n.lookup(".label") instanceof javafx.scene.control.Label l ? l.getText() : "?")
                .filter(names::contains).findFirst().orElse(null));
    }

    private static final String[] ROW_MENU = {"Add to the reading queue", "Status", "Add a tag…", "Open on arXiv"};
    private static final String[] STATUSES = {"New", "Queued", "Reading", "Read", "Dropped"};

    @Test
    void theMenuOpensAtItsFirstItemAndEnterTakesIt(FxRobot robot) {
        long id = openFirstRowsMenu(robot);
        assertEquals(Status.NEW, statusOf(id));
        assertEquals("Add to the reading queue", focusedItem(robot, ROW_MENU), "a menu opened from the keyboard is at its first item");
        robot.type(KeyCode.ENTER);
        until("the paper queued", () -> statusOf(id) == Status.QUEUED);
        until("the row's menu to close", () -> robot.lookup("Add to the reading queue").tryQuery().isEmpty());
    }

    @Test
    void rightOpensTheStatusSubmenuAndTheArrowsChooseInIt(FxRobot robot) {
        long id = openFirstRowsMenu(robot);
        robot.type(KeyCode.DOWN);
        assertEquals("Status", focusedItem(robot, ROW_MENU));
        robot.type(KeyCode.RIGHT);
        until("the status submenu", () -> robot.lookup("Dropped").tryQuery().isPresent());
        until("its first status taken by the focus", () -> "New".equals(focusedItem(robot, STATUSES)));
        // Queued, Reading, Read
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertEquals("Read", focusedItem(robot, STATUSES));
        robot.type(KeyCode.ENTER);
        until("the paper read", () -> statusOf(id) == Status.READ);
    }
}
