package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import javafx.scene.chart.BarChart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.edit.UndoJournal;
import org.lectern.library.PaperFilter;
import org.lectern.store.LibraryServices;
import org.lectern.ui.shell.MainWindow;
import org.lectern.ui.table.PagedRows;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the window's first scene holds and when its rows are read, on a real library file: the first
 * page is read while the window is still being built, and parts the first screen does not show are
 * made when they are first shown.
 */
@ExtendWith(ApplicationExtension.class)
class FirstSceneTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    @Test
    void theFirstPageIsReadBeforeTheWindowIsInItsStage() {
        Background background = Background.daemon();
        try {
            // a second window on the same file, built but never installed in a stage
            MainWindow built = fx(() -> new MainWindow(LibraryServices.of(fixture.library), new UndoJournal(), background));
            until("the first page, read while nothing is installed", () -> {
                var rows = built.parts().view().table().view().getItems();
                return rows.size() == 28 && rows.get(0) != PagedRows.LOADING;
            });
            assertEquals(28, (int) fx(() -> built.parts().view().table().view().getItems().size()));
        } finally {
            background.drain(10_000);
        }
    }

    @Test
    void theQueueHeaderAndItsChartAreMadeWhenTheQueueIsFirstShown() {
        fixture.settleRows(n -> n == 28);
        assertNull(fx(() -> fixture.window.window().root().lookup(".chart")),
                "no chart in the first scene: the window opens on the library, not the queue");
        assertTrue(fx(() -> fixture.window.queueHeader().view() instanceof javafx.scene.Parent p
                && p.getChildrenUnmodifiable().isEmpty()), "the queue header is empty until the queue is shown");

        fx(() -> {
            fixture.window.window().parts().view().showQueue();
            return null;
        });
        until("the queue view", () -> fixture.window.filter().view() == PaperFilter.View.QUEUE
                && fixture.window.queueHeader().view().isVisible());
        until("the chart in the queue header", () -> fixture.window.window().root().lookup("#reading-chart") instanceof BarChart<?, ?>);
        assertTrue(fx(() -> fixture.window.queueHeader().upNext().getScene() != null), "the up-next line is in the scene");
    }
}
