package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.listing.ListingReader;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Importer;
import org.lectern.ui.importing.ImportPreviewSheet;
import org.lectern.ui.importing.PreviewRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A paper stored from a one-line listing with its title guessed too long shows as "Updated title" when a
 * Hugging Face cards listing brings its title; the sheet says what changes, and Ctrl+Z takes it back.
 */
@ExtendWith(ApplicationExtension.class)
class SplitCorrectionPreviewTest {
    private static final String GUESSED = "Sparse Mixture Routing for Streaming Speech Recognition Streaming speech";
    private static final String GIVEN = "Sparse Mixture Routing for Streaming Speech Recognition";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(SplitCorrectionPreviewTest::seed);

    private static Path resource(String name) throws Exception {
        return Path.of(SplitCorrectionPreviewTest.class.getResource("/identity/" + name).toURI());
    }

    /** The one-line listing's first paper, its boundary guessed two words into the abstract. */
    private static void seed(WindowFixture fixture) throws Exception {
        ParsedPaper p = ListingReader.file(resource("one-line.txt")).papers().get(0);
        List<String> words = new ArrayList<>(Arrays.asList((p.title() + " " + p.abstractText()).split(" ")));
        int cut = p.title().split(" ").length + 2;
        ParsedPaper guessed = p.withSplit(String.join(" ", words.subList(0, cut)),
                String.join(" ", words.subList(cut, words.size())), 0.62);
        assertEquals(GUESSED, guessed.title());
        Importer importer = new Importer(fixture.library);
        importer.commit(importer.preview("line", new ParseResult("test", List.of(guessed), List.of())));
    }

    @Test
    void theCardsTitleShowsAsAnUpdatedTitleAndIsUndoneWholly(FxRobot robot) throws Exception {
        String cards = Files.readString(resource("hf-cards.txt"));
        fixture.pasteListing(robot, cards);
        ImportPreviewSheet sheet = fixture.window.previewSheet();
        PreviewRow row = fx(() -> sheet.table().getItems().get(0));
        assertEquals(GIVEN, row.title());
        assertEquals("Updated title", row.matchLabel());
        fx(() -> {
            sheet.table().getSelectionModel().clearAndSelect(0);
            return null;
        });
        String shown = fx(() -> ((Text) sheet.view().lookup("#split-change")).getText());
        assertTrue(shown.contains("\u201c" + GUESSED + "\u201d becomes \u201c" + GIVEN + "\u201d"), shown);

        robot.type(KeyCode.ENTER);
        until("the import", 60, () -> fixture.window.previewSheet() == null
                && fixture.window.message().getText().startsWith("Imported"));
        assertEquals("3", fixture.query("SELECT count(*) FROM paper"), "two new papers, the known one corrected");
        assertEquals(GIVEN, fixture.query("SELECT title FROM paper WHERE id = 1"));
        assertEquals("1.0", fixture.query("SELECT split_confidence FROM paper WHERE id = 1"));

        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        fixture.untilStored("the undo", c -> "1".equals(WindowFixture.text(c, "SELECT count(*) FROM paper")));
        assertEquals(GUESSED, fixture.query("SELECT title FROM paper WHERE id = 1"));
        assertEquals("0.62", fixture.query("SELECT split_confidence FROM paper WHERE id = 1"));
    }
}
