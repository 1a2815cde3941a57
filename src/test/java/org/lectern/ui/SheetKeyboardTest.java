package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.List;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.families.Proposal;
import org.lectern.library.PaperFilter;
import org.lectern.ui.families.ProposalSheet;
import org.lectern.ui.sidebar.SidebarEntry;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * An open sheet owns the keyboard, on the real window and a real library file: the window's keys (a
 * Ctrl+1 menu shortcut, the arrows, j, Enter) never change the view behind it, the focus starts on the
 * sheet's selection, and one Esc closes it.
 */
@ExtendWith(ApplicationExtension.class)
class SheetKeyboardTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    /** What the window behind shows: the sidebar entry, the filter and the selected paper. */
    private record Behind(SidebarEntry entry, PaperFilter filter, long paper, int row) {
    }

    private Behind behind() {
        return fx(() -> new Behind(fixture.window.sidebar().selected(), fixture.window.filter(),
                fixture.window.table().getSelectionModel().getSelectedItem().id(),
                fixture.window.table().getSelectionModel().getSelectedIndex()));
    }

    /** The seed loaded, the fourth paper selected, the list focused. */
    private Behind ready() {
        until("the rows", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        fixture.selectInList(3);
        until("the detail", () -> fixture.window.detail().paper() != null
                && fixture.window.detail().paper().id() == fixture.window.table().getSelectionModel().getSelectedItem().id());
        return behind();
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    /** The window's keys, pressed with the sheet open: none may reach the window behind it. */
    private void windowKeys(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT1); // Go to the sidebar (a menu shortcut)
        robot.type(KeyCode.UP, KeyCode.UP);
        ctrl(robot, KeyCode.DIGIT2); // Go to the list
        robot.type(KeyCode.J);
        fixture.settle();
    }

    @Test
    void theFamiliesSheetKeepsCtrl1ArrowsAndEnterFromTheViewBehindAndOneEscClosesIt(FxRobot robot) {
        Behind before = ready();
        ProposalSheet sheet = fixture.openFamiliesSheet();
        List<Proposal> proposals = fx(sheet::proposals);
        assertTrue(proposals.size() >= 2, "the seed gives several proposals: " + proposals);
        // the focus starts on the current proposal's card
        until("the focus on the current card", () -> fixture.window.focusInSheet() != null
                && fixture.window.focusInSheet().getStyleClass().contains("proposal-row")
                && fixture.window.focusInSheet().getStyleClass().contains("current"));

        windowKeys(robot);
        assertEquals(before, behind(), "nothing behind the sheet moved");
        assertEquals(0, (int) fx(sheet::current), "↑ at the first proposal stays there");

        // Enter is the sheet's: it accepts the current proposal, and the view behind stays where it was
        Proposal first = proposals.get(0);
        robot.type(KeyCode.ENTER);
        fixture.untilStored("the accepted family", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family WHERE name = ?", first.name())));
        fixture.settle();
        assertEquals(before.filter(), behind().filter());
        assertEquals(before.paper(), behind().paper());
        assertEquals(before.entry().label(), behind().entry().label());

        // ↓ chooses the next card; Tab goes into that card (its name field), not the first card
        robot.type(KeyCode.DOWN);
        assertEquals(1, (int) fx(sheet::current));
        robot.type(KeyCode.TAB);
        until("the focus in the current card's name", () -> fixture.window.focusInSheet() == sheet.nameField(1));
        assertEquals(1, (int) fx(sheet::current));

        // one Esc closes the sheet, wherever the focus is in it
        robot.type(KeyCode.ESCAPE);
        until("the sheet to close", () -> fixture.window.familiesUi().sheet() == null && !fixture.window.overlayOpen());
        assertEquals(before.paper(), behind().paper());
        robot.type(KeyCode.J);
        until("j to move the list again", () -> fixture.window.table().getSelectionModel().getSelectedIndex() == before.row() + 1);
    }

    @Test
    void everyOtherSheetOwnsTheKeysTooAndClosesWithOneEsc(FxRobot robot) throws Exception {
        Behind before = ready();
        // the import preview
        fixture.pasteListing(robot, String.join("\n", MainWindowTest.seedText().lines().limit(3).toList()));
        sheetOwnsTheKeys(robot, before, () -> fixture.window.previewSheet() != null, () -> fixture.window.previewSheet() == null);
        // the restore list
        fx(() -> {
            fixture.window.backUpNow();
            return null;
        });
        fixture.settle();
        fx(() -> {
            fixture.window.showRestore();
            return null;
        });
        sheetOwnsTheKeys(robot, before, () -> fixture.window.restoreSheet() != null, () -> fixture.window.restoreSheet() == null);
        // the note's history
        fx(() -> {
            ((javafx.scene.control.Hyperlink) fixture.window.detail().view().lookup("#note-history")).fire();
            return null;
        });
        sheetOwnsTheKeys(robot, before, () -> fixture.window.noteHistory() != null, () -> fixture.window.noteHistory() == null);
        // the palette and the cheat sheet, by their keys
        ctrl(robot, KeyCode.K);
        sheetOwnsTheKeys(robot, before, () -> fixture.window.reading().palette() != null,
                () -> fixture.window.reading().palette() == null);
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        sheetOwnsTheKeys(robot, before, () -> fixture.window.reading().cheatSheet() != null,
                () -> fixture.window.reading().cheatSheet() == null);
    }

    private void sheetOwnsTheKeys(FxRobot robot, Behind before, Callable<Boolean> open, Callable<Boolean> closed) {
        until("the sheet", () -> open.call() && fixture.window.overlayOpen());
        until("the focus inside the sheet", () -> fixture.window.focusInSheet() != null);
        Node focused = fx(() -> fixture.window.focusInSheet());
        windowKeys(robot);
        assertEquals(before, behind(), "nothing behind the sheet moved");
        assertNotNull(fx(() -> fixture.window.focusInSheet()), "the focus is still in the sheet");
        List<javafx.scene.control.MenuItem> items = fx(() -> MenusAndPaletteTest.actionItems(fixture.window.menuBar()));
        assertTrue(items.size() > 20, "the menu bar's actions: " + items);
        assertTrue(fx(() -> items.stream().allMatch(javafx.scene.control.MenuItem::isDisable)), "the menus are off behind a sheet");
        robot.type(KeyCode.ESCAPE);
        until("one Esc to close the sheet", () -> closed.call() && !fixture.window.overlayOpen());
        assertEquals(before.paper(), behind().paper(), "the selection is kept: " + focused);
    }
}
