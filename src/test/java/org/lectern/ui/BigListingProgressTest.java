package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Reading a big dropped listing in the real window says how far it has come, then imports into the file. */
@ExtendWith(ApplicationExtension.class)
class BigListingProgressTest {
    private static final int LINES = 3_000;
    private static final Pattern PROGRESS = Pattern.compile("Reading big-listing\\.txt: line ([0-9,]+) of 3,000 \\((\\d+)%\\)");
    @TempDir
    static Path dir;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new WindowFixture(dir.resolve("big.db"));
        fixture.show(stage);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theStatusBarCountsTheLinesReadThenTheMatching(FxRobot robot) throws Exception {
        Path listing = BigListings.write(dir.resolve("big-listing.txt"), LINES, "Copy");
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        List<String> said = new CopyOnWriteArrayList<>();
        fx(() -> {
            fixture.window.message().textProperty().addListener((o, was, is) -> said.add(is));
            return null;
        });

        fx(() -> SystemDrop.dropFiles(fixture.window.table().getScene(), List.of(listing.toFile())));
        until("the preview", 120, () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());

        List<Integer> lines = new java.util.ArrayList<>();
        for (String s : said) {
            Matcher m = PROGRESS.matcher(s);
            if (m.matches()) lines.add(Integer.parseInt(m.group(1).replace(",", "")));
        }
        assertTrue(lines.stream().anyMatch(n -> n > 0 && n < LINES), "lines read so far, said while reading: " + said);
        for (int i = 1; i < lines.size(); i++) assertTrue(lines.get(i) > lines.get(i - 1), "only forward: " + lines);
        assertTrue(said.contains("Read 3,000 papers from big-listing.txt; matching them against the library…"), said.toString());
        assertEquals("", fx(() -> fixture.window.message().getText()), "no stale progress once the preview is up");

        robot.type(KeyCode.ENTER);
        until("the import", 120, () -> fixture.window.previewSheet() == null
                && fixture.window.message().getText().startsWith("Imported"));
        assertEquals(String.valueOf(LINES), fixture.query("SELECT count(*) FROM paper"));
    }
}
