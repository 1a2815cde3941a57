package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;


import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A sheet over the real window: one at a time, the window's keys do nothing behind it, Esc closes it. */
@ExtendWith(ApplicationExtension.class)
class OverlaysTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    @Test
    void aSheetKeepsTheWindowsKeysAndASecondSheetAwayUntilEscClosesIt(FxRobot robot) {
        until("the rows", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        until("the detail", () -> fixture.window.detail().paper() != null);
        fx(() -> {
            fixture.window.table().getSelectionModel().clearAndSelect(0);
            fixture.window.table().requestFocus();
            fixture.window.reading().showCheatSheet();
            return null;
        });
        until("the cheat sheet", () -> fixture.window.reading().cheatSheet() != null && fixture.window.overlayOpen());

        robot.type(KeyCode.J); // the window's "next paper", behind the sheet
        fx(() -> {
            fixture.window.reading().showFamilyPicker(); // a second sheet is not shown over the first
            return null;
        });
        fixture.settle();
        assertEquals(0, (int) fx(() -> fixture.window.table().getSelectionModel().getSelectedIndex()));
        assertTrue(fx(() -> fixture.window.reading().familyPicker() == null));

        robot.type(KeyCode.ESCAPE);
        until("the sheet to close", () -> !fixture.window.overlayOpen() && fixture.window.reading().cheatSheet() == null);
        robot.type(KeyCode.J);
        until("j to move again", () -> fixture.window.table().getSelectionModel().getSelectedIndex() == 1);
        assertFalse(fx(() -> fixture.window.overlayOpen()));
    }
}
