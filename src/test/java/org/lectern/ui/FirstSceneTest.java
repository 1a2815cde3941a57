package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.ArrayList;
import java.util.List;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;

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
            until("the first page, read while nothing is installed", () -> built.parts().view().firstPageWaiting());
            assertTrue(fx(() -> built.parts().view().table().view().getItems().isEmpty()),
                    "a window not in its stage yet leaves the page waiting for it");
        } finally {
            background.drain(10_000);
        }
    }

    @Test
    void aFirstPageReadWhileTheWindowIsBuiltIsInTheTableBeforeTheFirstFrame() {
        Background background = Background.daemon();
        Stage[] stage = new Stage[1];
        MainWindow[] built = new MainWindow[1];
        try {
            // built, the first page read in the background, then installed in the same turn of the FX thread:
            // nothing queued for the FX thread could show the page in between
            int rowsLaidOut = fx(() -> {
                built[0] = new MainWindow(LibraryServices.of(fixture.library), new UndoJournal(), background);
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!built[0].parts().view().firstPageWaiting() && System.nanoTime() < deadline) Thread.onSpinWait();
                stage[0] = new Stage();
                stage[0].show(); // as the window's empty frame shows first
                built[0].install(stage[0], null);
                var rows = built[0].parts().view().table().view().getItems();
                return rows.isEmpty() || rows.get(0) == PagedRows.LOADING ? 0 : rows.size();
            });
            assertEquals(28, rowsLaidOut, "the papers read ahead are in the table before the first frame is drawn");
        } finally {
            fx(() -> {
                if (built[0] != null) built[0].close();
                if (stage[0] != null) stage[0].close();
                return null;
            });
            background.drain(10_000);
        }
    }

    @Test
    void aWindowMadeOnAnotherThreadShowsItsPageWhenInstalledEvenIfThePageCameFirst() throws Exception {
        Background background = Background.daemon();
        Stage[] stage = new Stage[1];
        MainWindow[] built = new MainWindow[1];
        try {
            // made as the application makes it, beside the FX thread
            Thread maker = new Thread(() -> built[0] = new MainWindow(LibraryServices.of(fixture.library), new UndoJournal(), background),
                    "test-build");
            maker.start();
            maker.join(30_000);
            assertTrue(built[0] != null, "made on a thread of its own");
            until("the first page read", () -> built[0].parts().view().firstPageWaiting());
            fx(() -> null); // the page's hand-over to the FX thread has run: it found no window to show it in
            assertTrue(fx(() -> built[0].parts().view().table().view().getItems().isEmpty()), "nothing shown before the window is in its stage");
            int rowsLaidOut = fx(() -> {
                stage[0] = new Stage();
                stage[0].show();
                built[0].install(stage[0], null);
                var rows = built[0].parts().view().table().view().getItems();
                return rows.isEmpty() || rows.get(0) == PagedRows.LOADING ? 0 : rows.size();
            });
            assertEquals(28, rowsLaidOut, "the page is in the table as the window is installed");
            until("the first paper's detail", () -> built[0].parts().view().detail().paper() != null);
        } finally {
            fx(() -> {
                if (built[0] != null) built[0].close();
                if (stage[0] != null) stage[0].close();
                return null;
            });
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

    @Test
    void theWindowReadsItsStylesheetsInTheirBinaryFormWrittenByTheBuild() throws Exception {
        fixture.settleRows(n -> n == 28);
        List<String> sheets = fx(() -> {
            List<String> all = new ArrayList<>(fixture.window.window().root().getScene().getStylesheets());
            all.addAll(((Parent) fixture.window.window().root()).getStylesheets());
            return all;
        });
        assertTrue(sheets.stream().anyMatch(s -> s.endsWith("/org/lectern/ui/lectern.bss")), "the theme's own sheet, binary: " + sheets);
        assertTrue(sheets.stream().allMatch(s -> s.endsWith(".bss")), "no sheet left to parse: " + sheets);
        for (String name : List.of("lectern", "reading", "families/families", "detail/note-preview")) {
            Stylesheet binary = Stylesheet.loadBinary(FirstSceneTest.class.getResource("/org/lectern/ui/" + name + ".bss"));
            Stylesheet text = new CssParser().parse(FirstSceneTest.class.getResource("/org/lectern/ui/" + name + ".css"));
            assertEquals(rules(text), rules(binary), name + ".bss holds what " + name + ".css says");
        }
        // the upvotes column's alignment comes from the sheet now, not from a style parsed at start; the
        // column shows at the largest size
        Stage stage = fx(() -> (Stage) fixture.window.window().root().getScene().getWindow());
        try {
            size(stage, 1920, 1080);
            until("an upvotes cell, right-aligned", () -> fixture.window.window().root().lookupAll(".upvotes-column").stream()
                    .anyMatch(n -> n instanceof TableCell<?, ?> c && c.getItem() != null && c.getAlignment() == Pos.CENTER_RIGHT));
        } finally {
            size(stage, 1320, 820); // as large as the window opens by default, for the next test
        }
    }

    private static void size(Stage stage, double width, double height) {
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
    }

    /** Each rule's selectors and the properties it sets (a value's text differs between the two forms). */
    private static List<String> rules(Stylesheet sheet) {
        return sheet.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? " !important" : "")).toList()).toList();
    }
}
