package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.ui.keys.KeyBindings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A sheet's keys come from the reader's keymap file like the window's: the import preview closes on
 * the rebound key and not on Esc, goes to the next uncertain split on its rebound key and not on F8,
 * and its line of keys says the rebound ones. A sheet key may be a window key, never another sheet key.
 */
@ExtendWith(ApplicationExtension.class)
class SheetRebindingTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(fixture -> Files.writeString(fixture.file.resolveSibling(KeyBindings.FILE_NAME), """
            close_sheet = F2
            # n is the window's Edit the note: a sheet may have it
            next_uncertain = N
            # but not another sheet key
            include = Enter
            """));

    private int selected() {
        return fx(() -> fixture.window.previewSheet().table().getSelectionModel().getSelectedIndex());
    }

    @Test
    void thePreviewAnswersToTheReboundKeysAndNotToTheOldOnes(FxRobot robot) {
        until("the refusal", () -> fixture.window.message().getText().contains("Enter is already")
                && fixture.window.message().getText().contains(Keymap.INCLUDE.description()));
        assertEquals("Space", fx(() -> fixture.window.keys().display(Keymap.INCLUDE)), "the refused line leaves the default");

        // three one-word heads first: each split is uncertain, and the 47 papers after them make a review share of three
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("5 Lonely 2 authors · Dec 25, 2023",
                "6 Alone 1 author · Dec 26, 2023", "7 Solitary 3 authors · Dec 27, 2023"));
        lines.addAll(WindowFixture.listingLines("/listings/seed-ernie-and-friends.txt", 28));
        lines.addAll(WindowFixture.listingLines("/listings/dev-daily-papers-2024.txt", 19));
        fixture.pasteListing(robot, String.join("\n\n", lines) + "\n");
        assertEquals(3, (long) fx(() -> fixture.window.previewSheet().uncertainLeft()));
        assertEquals(0, selected());

        String hint = fx(() -> fixture.window.previewSheet().view().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t != null && t.contains("imports")).findFirst().orElse(null));
        assertNotNull(hint);
        assertTrue(hint.contains("F2 cancels") && hint.contains("n next uncertain"), hint);
        Node button = fx(() -> fixture.window.previewSheet().view().lookup("#next-uncertain"));
        assertTrue(fx(() -> ((javafx.scene.control.Button) button).getTooltip().getText().contains("(n)")));

        robot.type(KeyCode.F8);
        robot.type(KeyCode.N);
        until("the next uncertain split", () -> selected() == 1);
        robot.type(KeyCode.N);
        until("the one after", () -> selected() == 2);

        // Esc is no longer the sheet's Close: the preview stays, and nothing reaches the window behind it
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.N);
        until("the wrap to the top", () -> selected() == 0);
        assertNotNull(fx(() -> fixture.window.previewSheet()), "Esc left the preview open");
        robot.type(KeyCode.F2);
        until("the preview to close", () -> fixture.window.previewSheet() == null);
        assertEquals("0", fixture.query("SELECT count(*) FROM paper"));
    }
}
