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
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The menus as a keyboard reaches them: Alt and a menu's letter, Shift+F10 or the menu key on a row. */
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
}
