package org.lectern.ui;

import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/**
 * Renders the queue view, the cheat sheet and the palette to PNGs for the docs:
 * {@code mvn test -Dtest=ReadingScreenshots -Dlectern.screenshots=$PWD/docs}.
 */
@EnabledIfSystemProperty(named = "lectern.screenshots", matches = ".+")
class ReadingScreenshots {
    @RegisterExtension
    static final ScreenshotWindow window = ScreenshotWindow.on(ReadingScreenshots::populate, 28);

    /** The seed as in {@link Screenshots}, five papers queued and eight read over the last weeks. */
    static void populate(Library library) throws Exception {
        Screenshots.populate(library);
        Papers papers = new Papers(library);
        List<Paper> all = papers.all(PaperFilter.all());
        List<Paper> fresh = all.stream().filter(p -> !p.title().startsWith("ERNIE") && p.status().key().equals("new")).toList();
        for (Paper p : fresh.subList(0, 5)) papers.enqueue(p.id(), false);
        // a few weeks of reading, so the chart has a history to show
        for (Paper p : fresh.subList(5, Math.min(fresh.size(), 13))) papers.setStatus(p.id(), org.lectern.library.Status.READ);
        int[] weeksAgo = {7, 6, 6, 4, 3, 3, 3, 2, 1, 1, 0, 0, 0, 0};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.file().toAbsolutePath());
             PreparedStatement ids = c.prepareStatement("SELECT id FROM status_change WHERE status = 'read' ORDER BY id");
             PreparedStatement s = c.prepareStatement("UPDATE status_change SET at = ? WHERE id = ?")) {
            var rs = ids.executeQuery();
            int i = 0;
            while (rs.next()) {
                Instant at = Instant.now().minus(7L * weeksAgo[i++ % weeksAgo.length], ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
                s.setString(1, at.toString());
                s.setLong(2, rs.getLong(1));
                s.executeUpdate();
            }
        }
    }

    private void shoot(String name) throws Exception {
        window.shoot(ScreenshotWindow.out().resolve(name));
    }

    private static void settle() {
        window.settle();
    }

    @Test
    void render() throws Exception {
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        fx(() -> {
            window.fixture.window.table().requestFocus();
            return null;
        });
        robot.type(javafx.scene.input.KeyCode.G);
        until("the queue", () -> window.fixture.window.filter().view() == PaperFilter.View.QUEUE
                && window.fixture.window.queueHeader().view().isVisible());
        fx(() -> {
            window.fixture.window.table().getSelectionModel().clearAndSelect(0);
            return null;
        });
        settle();
        until("the detail", () -> window.fixture.window.detail().paper() != null);
        settle();
        shoot("queue.png");

        robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.SLASH)
                .release(javafx.scene.input.KeyCode.SHIFT);
        until("the cheat sheet", () -> window.fixture.window.reading().cheatSheet() != null);
        settle();
        shoot("cheatsheet.png");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.K)
                .release(javafx.scene.input.KeyCode.CONTROL);
        until("the palette", () -> window.fixture.window.reading().palette() != null);
        robot.write("queue");
        settle();
        shoot("palette.png");
    }
}
