package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.ui.importing.ImportPreviewSheet;
import org.lectern.ui.importing.PreviewRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A big dropped listing previews as it is read: the first rows show while the rest is read, the counts
 * grow, Import waits for the end; the import then reads the file again with the reader's choices.
 */
@ExtendWith(ApplicationExtension.class)
class StreamedPreviewTest {
    /** Enough papers of the dev listing's length for a file read from disk in pieces (over 4 MB). */
    private static final int PAPERS = 4_000;
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    /** What the sheet showed each time rows joined it. */
    private record Seen(int rows, boolean reading, boolean importDisabled) {
    }

    private Path bigListing() throws Exception {
        Path listing = BigListings.write(fixture.file.resolveSibling("big-listing.txt"), PAPERS, "Copy");
        assertTrue(Files.size(listing) > 4L * 1024 * 1024, "a listing read from disk a piece at a time");
        return listing;
    }

    /** What the sheet's summary said, in turn. */
    private final List<String> summaries = new CopyOnWriteArrayList<>();

    /** Drops {@code listing} and records what the sheet showed as each batch of rows joined it. */
    private List<Seen> drop(Path listing) {
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        List<Seen> seen = new CopyOnWriteArrayList<>();
        fx(() -> {
            SystemDrop.dropFiles(fixture.window.table().getScene(), List.of(listing.toFile()));
            // the window opens the sheet on its next turn; this runs right after, before any batch is read
            Platform.runLater(() -> {
                ImportPreviewSheet sheet = fixture.window.previewSheet();
                Button button = (Button) sheet.view().lookup("#import-button");
                Label summary = (Label) sheet.view().lookup("#preview-summary");
                sheet.table().getItems().addListener((ListChangeListener<PreviewRow>) c -> seen.add(new Seen(
                        sheet.table().getItems().size(), sheet.reading(), button.isDisabled())));
                summary.textProperty().addListener((o, was, is) -> summaries.add(is));
            });
            return null;
        });
        return seen;
    }

    @Test
    void theFirstRowsShowWhileTheListingIsReadAndTheImportReadsItAgain(FxRobot robot) throws Exception {
        Path listing = bigListing();
        List<Seen> seen = drop(listing);
        until("the preview", 120, () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());

        assertTrue(seen.size() >= 2, "the rows came in batches: " + seen.size());
        Seen first = seen.get(0);
        assertTrue(first.rows() > 0 && first.rows() < PAPERS && first.reading(), "rows before the reading ended");
        assertTrue(first.importDisabled(), "Import waits for the whole listing");
        assertTrue(summaries.get(0).startsWith("Reading… "), summaries.toString());
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i).rows() > seen.get(i - 1).rows(), "the count grows");
        assertEquals(PAPERS, (int) fx(() -> fixture.window.previewSheet().table().getItems().size()));
        String done = fx(() -> ((Label) fixture.window.previewSheet().view().lookup("#preview-summary")).getText());
        assertTrue(done.startsWith(PAPERS + " papers read (") && done.contains(PAPERS + " new"), done);

        // the reader moves a late paper's boundary and leaves another out: the import reads the file again
        PreviewRow moved = fx(() -> fixture.window.previewSheet().table().getItems().get(PAPERS - 10));
        PreviewRow left = fx(() -> fixture.window.previewSheet().table().getItems().get(PAPERS - 5));
        String title = moved.title();
        fx(() -> {
            fixture.window.previewSheet().table().getSelectionModel().clearAndSelect(PAPERS - 10);
            fixture.window.previewSheet().table().requestFocus();
            left.includeProperty().set(false);
            return null;
        });
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        until("the boundary to move", () -> !moved.title().equals(title));
        String lastWord = title.substring(title.lastIndexOf(' ') + 1);
        robot.type(KeyCode.ENTER);
        until("the import", 120, () -> fixture.window.previewSheet() == null
                && fixture.window.message().getText().startsWith("Imported"));
        assertEquals(String.valueOf(PAPERS - 1), fixture.query("SELECT count(*) FROM paper"));
        assertEquals("0", fixture.query("SELECT count(*) FROM paper WHERE title = ?", left.title()));
        String stored = fixture.query("SELECT abstract FROM paper WHERE title = ?", moved.title());
        assertTrue(stored.startsWith(lastWord + " "), "the moved word starts the stored abstract: " + stored);
    }

    @Test
    void aListingChangedAfterItsPreviewIsNotImported(FxRobot robot) throws Exception {
        Path listing = bigListing();
        drop(listing);
        until("the preview", 120, () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
        String text = Files.readString(listing);
        Files.writeString(listing, text.replace(" Copy3999 ", " Renamed "));
        robot.type(KeyCode.ENTER);
        until("the failed import", 120, () -> fixture.window.message().getText().startsWith("The import failed"));
        assertTrue(fx(() -> fixture.window.message().getText()).contains("changed since its preview"),
                fx(() -> fixture.window.message().getText()));
        assertEquals("0", fixture.query("SELECT count(*) FROM paper"));
        assertEquals("0", fixture.query("SELECT count(*) FROM import"));
    }
}
