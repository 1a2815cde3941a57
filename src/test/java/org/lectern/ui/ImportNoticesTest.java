package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;

import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** What the import preview and the notice after it say when a listing holds nothing, or nothing new. */
@ExtendWith(ApplicationExtension.class)
class ImportNoticesTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    private void drop(Path file) {
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        assertEquals(TransferMode.COPY, fx(() -> SystemDrop.dropFiles(fixture.window.table().getScene(), List.of(file.toFile()))));
        until("the preview", () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
    }

    private Button importButton() {
        return fx(() -> (Button) fixture.window.previewSheet().view().lookup("#import-button"));
    }

    private NotificationPane notice() {
        return fx(() -> (NotificationPane) fixture.window.table().getScene().lookup("#notifications"));
    }

    @Test
    void anEmptyOrBinaryFileOffersNothingToImport(FxRobot robot) throws Exception {
        Path empty = Files.writeString(fixture.file.resolveSibling("empty.txt"), "");
        Path binary = Files.write(fixture.file.resolveSibling("blob.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 7, 0, 0, 3});
        for (Path file : List.of(empty, binary)) {
            drop(file);
            Button button = importButton();
            assertTrue(fx(button::isDisabled), file + ": " + fx(button::getText));
            assertFalse(fx(button::getText).contains("Import 0"), fx(button::getText));
            @SuppressWarnings("unchecked")
            List<String> lines = fx(() -> List.copyOf(((ListView<String>) fixture.window.previewSheet().view()
                    .lookup("#preview-diagnostics")).getItems()));
            assertFalse(lines.isEmpty(), "the sheet says why nothing could be read");
            if (file == empty) assertEquals(List.of("Line 1: the listing is empty"), lines);

            robot.type(KeyCode.ENTER);
            assertTrue(fx(() -> fixture.window.previewSheet() != null), "Enter leaves the sheet open");
            assertFalse(fx(() -> fixture.window.journal().latest().isPresent()), "Enter imported nothing");
            robot.type(KeyCode.ESCAPE);
            until("Esc closes the sheet", () -> fixture.window.previewSheet() == null);
        }
        assertEquals("0", fixture.query("SELECT count(*) FROM import"));
    }

    @Test
    void theNoticeNamesTheFirstUnreadableLineAndOffersNoUndoForNothingChanged(FxRobot robot) throws Exception {
        List<String> lines = new java.util.ArrayList<>(WindowFixture.listingLines("/listings/seed-ernie-and-friends.txt", 3));
        lines.add(1, "these words are not a paper");
        Path listing = Files.write(fixture.file.resolveSibling("three.txt"), lines);

        drop(listing);
        robot.type(KeyCode.ENTER);
        until("the import", () -> fixture.window.previewSheet() == null && fixture.window.journal().latest().isPresent());
        String said = fx(() -> fixture.window.message().getText());
        assertTrue(said.startsWith("Imported 3 new papers, 0 updated, 0 unchanged; 1 unreadable line: Line 2: "), said);
        until("the notice with its Undo", () -> notice().isShowing() && said.equals(notice().getText())
                && notice().getActions().size() == 1 && "Undo".equals(notice().getActions().get(0).getText()));

        var first = fx(() -> fixture.window.journal().latest().orElseThrow());
        drop(listing);
        robot.type(KeyCode.ENTER);
        until("the second import", () -> fixture.window.previewSheet() == null
                && fixture.window.message().getText().contains("already in the library"));
        String again = fx(() -> fixture.window.message().getText());
        assertEquals("Nothing changed: every paper of the listing is already in the library; 1 unreadable line: Line 2: "
                + said.substring(said.indexOf("Line 2: ") + "Line 2: ".length()), again);
        until("the notice without an Undo", () -> notice().isShowing() && again.equals(notice().getText())
                && notice().getActions().isEmpty());
        // nor does Undo offer it: the latest change is still the first import, and Ctrl+Z takes that back
        assertTrue(fx(() -> fixture.window.journal().latest().orElseThrow() == first), "the import of nothing is not remembered");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        fixture.untilStored("the first import to be undone", c -> "0".equals(WindowFixture.text(c, "SELECT count(*) FROM paper")));
    }
}
