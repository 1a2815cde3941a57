package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.ui.importing.PreviewRow;
import org.lectern.ui.sidebar.SidebarEntry;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Drives the real window on a real library file and checks what the file holds afterwards. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    static String seedText() throws IOException {
        try (InputStream in = MainWindowTest.class.getResourceAsStream("/listings/seed-ernie-and-friends.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Path seedFile() throws IOException {
        Path file = fixture.file.resolveSibling("seed-ernie-and-friends.txt");
        if (!Files.exists(file)) Files.writeString(file, seedText());
        return file;
    }

    private int rows() {
        return fx(() -> fixture.window.table().getItems().size());
    }

    private boolean dropTargetShowing() {
        return fx(() -> fixture.window.table().getScene().lookup("#drop-target").isVisible());
    }

    /** Drags files or text onto the window from outside, as a file manager or a browser does, and drops. */
    private void dragAndDrop(List<File> files, String text) {
        SystemDrop drag = fx(() -> SystemDrop.onto(fixture.window.table().getScene()));
        assertEquals(TransferMode.COPY, fx(() -> drag.enter(SystemDrop.carrying(files, text))));
        assertTrue(dropTargetShowing(), "the drop target shows while a listing is over the window");
        assertEquals(TransferMode.COPY, fx(drag::drop), "the window completes the drop");
        until("the preview", () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
        assertFalse(dropTargetShowing(), "the drop target is gone after the drop");
    }

    @Test
    void textDraggedFromABrowserIsPreviewed() throws IOException {
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        String selection = seedText().lines().filter(l -> !l.isBlank()).limit(3)
                .collect(java.util.stream.Collectors.joining("\n"));
        dragAndDrop(List.of(), selection);
        assertEquals(3, fx(() -> fixture.window.previewSheet().table().getItems().size()));
        assertEquals("0", fixture.query("SELECT count(*) FROM paper"), "nothing is written before Enter");
    }

    @Test
    void aDragWithNoTextAndNoFilesIsRefusedAtTheDoor() {
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        SystemDrop drag = fx(() -> SystemDrop.onto(fixture.window.table().getScene()));
        assertEquals((TransferMode) null, fx(() -> drag.enter(SystemDrop.carrying(List.of(), null))));
        assertFalse(dropTargetShowing(), "no drop target for a drag that carries nothing readable");
        fx(() -> {
            drag.leave();
            return null;
        });
        assertTrue(fx(() -> fixture.window.previewSheet() == null));
    }

    private org.controlsfx.control.NotificationPane notice() {
        return fx(() -> (org.controlsfx.control.NotificationPane) fixture.window.table().getScene().lookup("#notifications"));
    }

    private void importSeedByDrop(FxRobot robot) throws IOException {
        Path seed = seedFile();
        dragAndDrop(List.of(seed.toFile()), null);
        assertEquals(28, fx(() -> fixture.window.previewSheet().table().getItems().size()));
        robot.type(KeyCode.ENTER);
        until("the import to land in the table",
                () -> fixture.window.previewSheet() == null && fixture.window.table().getItems().size() == 28);
    }

    @Test
    void papersImportedByAnotherProcessShowUpWhileTheWindowIsOpen() throws Exception {
        until("the empty library to load", () -> rows() == 0);
        // a second connection to the same file, as the command line would open it
        try (org.lectern.store.Library other = org.lectern.store.Library.open(fixture.file)) {
            org.lectern.store.Importer importer = new org.lectern.store.Importer(other);
            importer.commit(importer.preview("cli", org.lectern.listing.Listings.parse(seedText())));
        }
        until("the papers imported elsewhere to appear", () -> rows() == 28);
    }

    @Test
    void anEmptyLibraryInvitesADrop() {
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        assertEquals(0, rows());
        assertTrue(fx(() -> fixture.window.table().getPlaceholder().lookup(".empty-title") != null));
    }

    @Test
    void aDroppedListingIsPreviewedImportedAndUndone(FxRobot robot) throws IOException {
        importSeedByDrop(robot);
        assertEquals("28", fixture.query("SELECT count(*) FROM paper"));
        assertEquals("1", fixture.query("SELECT count(*) FROM import"));
        until("the notification", () -> fixture.window.message().getText().startsWith("Imported 28 new"));
        until("the first row", () -> fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        until("the notice with its Undo", () -> notice().isShowing() && notice().getText().startsWith("Imported 28 new"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        until("the import to be undone", () -> fixture.window.table().getItems().isEmpty());
        assertEquals("0", fixture.query("SELECT count(*) FROM paper"));
        // well before the notice's own twelve seconds are up
        until("the notice to go: its Undo has nothing left to undo", 3, () -> !notice().isShowing());
        assertEquals("0", fixture.query("SELECT count(*) FROM import"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        until("the import to be redone", () -> fixture.window.table().getItems().size() == 28);
        assertEquals("28", fixture.query("SELECT count(*) FROM paper"));
    }

    @Test
    void aPastedListingOpensThePreviewAndEscapeCancels(FxRobot robot) throws IOException {
        fixture.pasteListing(robot, seedText());
        assertEquals("pasted text", fx(() -> fixture.window.previewSheet().source()));
        assertEquals(28, fx(() -> fixture.window.previewSheet().table().getItems().size()));
        robot.type(KeyCode.ESCAPE);
        until("the preview to close", () -> fixture.window.previewSheet() == null);
        assertEquals("0", fixture.query("SELECT count(*) FROM paper"));
    }

    @Test
    void aSecondDropWhileTheFirstIsReadWaitsForItsPreview() throws IOException {
        Path seed = seedFile();
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        // both drops in one go: the first listing cannot have been read yet when the second arrives
        fx(() -> {
            SystemDrop.dropFiles(fixture.window.table().getScene(), List.of(seed.toFile()));
            SystemDrop.dropFiles(fixture.window.table().getScene(), List.of(seed.toFile()));
            return null;
        });
        until("the preview", () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
        until("the second drop is told to wait", () -> fixture.window.message().getText().contains("being read"));
        assertEquals(1L, fx(() -> fixture.window.table().getScene().getRoot().getChildrenUnmodifiable().stream()
                .filter(n -> "import-preview".equals(n.getId())).count()), "one preview over the window");
    }

    @Test
    void aPaperLeftOutOfThePreviewIsNotImported(FxRobot robot) throws IOException {
        Path seed = seedFile();
        dragAndDrop(List.of(seed.toFile()), null);
        javafx.scene.control.Button button = fx(() -> (javafx.scene.control.Button)
                fixture.window.previewSheet().view().lookup("#import-button"));
        assertEquals("Import 28 papers", fx(button::getText));
        PreviewRow left = fx(() -> fixture.window.previewSheet().table().getSelectionModel().getSelectedItem());
        robot.type(KeyCode.SPACE);
        until("the count to follow the checkbox", () -> button.getText().equals("Import 27 papers"));
        robot.type(KeyCode.ENTER);
        until("the import", () -> fixture.window.previewSheet() == null);
        fixture.untilStored("27 papers", c -> "27".equals(WindowFixture.text(c, "SELECT count(*) FROM paper")));
        assertEquals("0", fixture.query("SELECT count(*) FROM paper WHERE title = ?", fx(() -> left.titleProperty().get())));
    }

    @Test
    void inATextFieldPasteAndUndoWorkOnTheText(FxRobot robot) throws IOException {
        importSeedByDrop(robot);
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("ERNIE");
            Clipboard.getSystemClipboard().setContent(content);
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertEquals("ERNIE", fx(() -> fixture.window.search().view().getText()));
        assertTrue(fx(() -> fixture.window.previewSheet() == null));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("", fx(() -> fixture.window.search().view().getText()));
        // the import is still there: Ctrl+Z in a text field undoes typing, not library changes
        assertEquals("28", fixture.query("SELECT count(*) FROM paper"));
    }

    @Test
    void theBoundaryMovesWordByWordBeforeImport(FxRobot robot) throws IOException {
        Path seed = seedFile();
        dragAndDrop(List.of(seed.toFile()), null);
        PreviewRow first = fx(() -> {
            fixture.window.previewSheet().table().getSelectionModel().select(0);
            return fixture.window.previewSheet().table().getItems().get(0);
        });
        String title = fx(() -> first.titleProperty().get());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        String shorter = fx(() -> first.titleProperty().get());
        assertEquals(title.substring(0, title.lastIndexOf(' ')), shorter);
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals(title, fx(() -> first.titleProperty().get()));
        // leave out the first paper, import the rest
        fx(() -> {
            first.includeProperty().set(false);
            return null;
        });
        robot.type(KeyCode.ENTER);
        until("the import", () -> fixture.window.previewSheet() == null && fixture.window.table().getItems().size() == 27);
        assertEquals("0", fixture.query("SELECT count(*) FROM paper WHERE title = ?", title));
    }

    @Test
    void aRowsContextMenuSetsItsStatus(FxRobot robot) throws IOException {
        importSeedByDrop(robot);
        until("the first row", () -> fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        PaperRow row = fx(() -> fixture.window.table().getItems().get(0));
        javafx.scene.Node cell = fx(() -> fixture.window.table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 0).findFirst().orElseThrow());
        WindowFixture.requestContextMenu(cell, 20, 10);
        until("the row's menu", () -> robot.lookup("Add to the reading queue").tryQuery().isPresent());
        robot.clickOn("Add to the reading queue");
        fixture.untilStored("queued from the menu",
                c -> "queued".equals(WindowFixture.text(c, "SELECT status FROM paper WHERE id = ?", row.id())));
    }

    @Test
    void statusTagAndNoteReachTheFile(FxRobot robot) throws IOException {
        importSeedByDrop(robot);
        until("the first row", () -> fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        PaperRow row = fx(() -> {
            fixture.window.table().getSelectionModel().clearAndSelect(0);
            return fixture.window.table().getItems().get(0);
        });
        until("the detail", () -> fixture.window.detail().paper() != null && fixture.window.detail().paper().id() == row.id());

        robot.clickOn("#status-reading");
        fixture.untilStored("status reading",
                c -> "reading".equals(WindowFixture.text(c, "SELECT status FROM paper WHERE id = ?", row.id())));
        assertEquals("reading", fixture.query(
                "SELECT status FROM status_change WHERE paper_id = ? ORDER BY id DESC LIMIT 1", row.id()));

        robot.clickOn("#tag-field").write("must-read").type(KeyCode.ENTER);
        fixture.untilStored("the tag", c -> "must-read".equals(WindowFixture.text(c,
                "SELECT t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.paper_id = ?", row.id())));
        until("the tag chip", () -> fixture.window.detail().paper().tags().contains("must-read"));

        robot.clickOn("#note").write("Check the ablation in section 4.");
        // saved by itself once typing pauses, without leaving the field
        fixture.untilStored("the note", c -> "Check the ablation in section 4.".equals(
                WindowFixture.text(c, "SELECT body FROM note WHERE paper_id = ?", row.id())));

        // and the table shows the new status and tag
        until("the row to refresh", () -> {
            PaperRow r = fixture.window.table().getItems().get(fixture.window.table().getSelectionModel().getSelectedIndex());
            return r.id() == row.id() && r.tags().equals("must-read") && r.status().key().equals("reading");
        });

        // undo takes the note back (the whole stretch of typing at once), then the tag
        robot.clickOn("#paper-table");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        fixture.untilStored("the note undone", c -> "".equals(
                WindowFixture.text(c, "SELECT body FROM note WHERE paper_id = ?", row.id())));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        fixture.untilStored("the tag undone", c -> "0".equals(WindowFixture.text(c,
                "SELECT count(*) FROM paper_tag WHERE paper_id = ?", row.id())));
    }

    @Test
    void theViewIsExportedAndTheLayoutRemembered(FxRobot robot) throws Exception {
        importSeedByDrop(robot);
        Path out = fixture.file.resolveSibling("view.bib");
        fx(() -> {
            fixture.window.exportTo(org.lectern.export.ExportFormat.BIBTEX, out);
            return null;
        });
        until("the export", () -> fixture.window.message().getText().startsWith("Exported 28 papers"));
        assertTrue(Files.readString(out).contains("ERNIE-Code"));

        fx(() -> {
            fixture.window.close();
            return null;
        });
        WindowState saved = WindowState.forLibrary(fixture.file);
        assertTrue(saved.has("divider.sidebar") && saved.has("width"));
    }

    @Test
    void aLargeImportShowsProgressAndCanBeCancelled(FxRobot robot) throws Exception {
        StringBuilder big = new StringBuilder();
        List<String> lines = seedText().lines().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i < 1_500; i++) {
            String l = lines.get(i % lines.size());
            int space = l.indexOf(' ');
            big.append(l, 0, space).append(" Variant").append(i).append(l.substring(space)).append('\n');
        }
        Path file = fixture.file.resolveSibling("big.txt");
        Files.writeString(file, big);
        dragAndDrop(List.of(file.toFile()), null);
        assertEquals(1_500, fx(() -> fixture.window.previewSheet().table().getItems().size()));

        // hold the background thread so the import is still waiting when Esc arrives
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        fx(() -> {
            fixture.background.run("holding", () -> {
                try {
                    hold.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return null;
        });
        robot.type(KeyCode.ENTER);
        until("the import to start", () -> fixture.window.previewSheet() != null
                && fixture.window.previewSheet().importing());
        robot.type(KeyCode.ESCAPE);
        hold.countDown();
        until("the cancelled import", () -> fixture.window.previewSheet() == null
                && fixture.window.message().getText().startsWith("Import cancelled"));
        assertEquals("0", fixture.query("SELECT count(*) FROM paper"));
        assertEquals("0", fixture.query("SELECT count(*) FROM import"));
    }

    @Test
    void theNoteIsSavedWhenTheWindowCloses(FxRobot robot) throws IOException {
        importSeedByDrop(robot);
        until("a selection", () -> fixture.window.detail().paper() != null);
        long id = fx(() -> fixture.window.detail().paper().id());
        fx(() -> {
            fixture.window.detail().noteEditor().setText("written just before closing");
            fixture.window.close();
            return null;
        });
        fixture.untilStored("the note", c -> "written just before closing".equals(
                WindowFixture.text(c, "SELECT body FROM note WHERE paper_id = ?", id)));
    }

    @Test
    void searchNarrowsTheTableAndAMalformedQueryDoesNotFail(FxRobot robot) throws IOException {
        importSeedByDrop(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(fx(() -> fixture.window.search().view().isFocused()));
        robot.write("ERNIE");
        until("the search", () -> {
            int n = fixture.window.table().getItems().size();
            return n > 0 && n < 28;
        });
        int ernie = rows();
        until("the rows", () -> fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        assertTrue(fx(() -> fixture.window.table().getItems().get(0).title().toUpperCase().contains("ERNIE")
                || fixture.window.showing().getText().contains("ERNIE")));

        robot.write(" \"(AND");
        until("the malformed search to run", () -> fixture.window.showing().getText().contains("(AND"));
        assertFalse(fx(() -> fixture.window.message().getText().startsWith("Something went wrong")));
        assertTrue(rows() <= ernie);

        robot.type(KeyCode.ESCAPE); // clears the search
        until("all papers again", () -> fixture.window.table().getItems().size() == 28);
    }

    @Test
    void theSidebarFiltersByStatus(FxRobot robot) throws IOException {
        importSeedByDrop(robot);
        until("a selection", () -> fixture.window.detail().paper() != null);
        robot.clickOn("#paper-table").type(KeyCode.DIGIT5); // 5 = Dropped
        fixture.untilStored("a dropped paper", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM paper WHERE status = 'dropped'")));
        until("the sidebar count", () -> fixture.window.sidebar().view().getItems().stream()
                .anyMatch(e -> e instanceof SidebarEntry.StatusEntry d && d.status() == Status.DROPPED && d.count() == 1));
        fx(() -> {
            fixture.window.sidebar().select(e -> e.label().equals("Dropped"));
            return null;
        });
        until("one dropped paper", () -> fixture.window.table().getItems().size() == 1);
        assertEquals(Status.DROPPED, fx(() -> fixture.window.filter().status()));
    }
}
