package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperFilter;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Which view the window shows after an import, in the real window on a real file: the papers it added, the
 * search cleared, when it added some; the view the reader was on when it only updated papers already there
 * (the earlier import's "Recently added" would hold none of them).
 */
@ExtendWith(ApplicationExtension.class)
class ImportViewWindowTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    private void loaded(int rows) {
        until(rows + " rows", () -> fixture.window.table().getItems().size() == rows
                && fixture.window.table().getItems().stream().noneMatch(r -> r == PagedRows.LOADING));
    }

    private void importPasted(FxRobot robot, String listing) {
        fixture.pasteListing(robot, listing);
        robot.type(KeyCode.ENTER);
        until("the import done", () -> fixture.window.previewSheet() == null
                && fixture.window.message().getText().startsWith("Imported"));
    }

    @Test
    void anImportThatOnlyUpdatesLeavesTheViewAsItWas(FxRobot robot) {
        loaded(28);
        String title = fixture.query("SELECT title FROM paper WHERE title LIKE 'ERNIE 2.0%'");
        importPasted(robot, title + "\nPaper \u2022 1907.12412 \u2022 Published Jul 29, 2019 \u2022 77\n");
        assertEquals(PaperFilter.View.ALL, fx(() -> fixture.window.filter().view()), fx(() -> fixture.window.message().getText()));
        loaded(28);
        until("the updated paper's upvotes in its row", () -> fixture.window.table().getItems().stream()
                .anyMatch(r -> r != PagedRows.LOADING && r.title().equals(title) && Integer.valueOf(77).equals(r.upvotes())));
    }

    @Test
    void anImportThatAddsShowsWhatItAddedWithTheSearchCleared(FxRobot robot) {
        loaded(28);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("ERNIE");
        until("the search", () -> fixture.window.showing().getText().contains("matching"));
        importPasted(robot, """
                Quokka Census Methods for Small Islands
                Paper \u2022 2401.00001 \u2022 Published Jan 2, 2024 \u2022 3
                Counting Wallabies from the Air
                Paper \u2022 2401.00002 \u2022 Published Jan 3, 2024 \u2022 5
                """);
        until("the Recently added view", () -> fixture.window.filter().view() == PaperFilter.View.RECENT);
        until("the search box empty", () -> fixture.window.search().query().isEmpty());
        loaded(2);
        assertEquals(null, fx(() -> fixture.window.filter().search()));
    }
}
