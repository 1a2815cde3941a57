package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperRow;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The table on a real library with the seed in it: its columns fit the pane at every window size from
 * 1024×700 up, with every header readable; the header menu chooses columns; the choice, a dragged width
 * and the sort are there again after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnsTest {
    /** The columns other than the title, highest priority first, as the README states it. */
    private static final List<String> PRIORITY = List.of("status", "families", "date", "upvotes", "tags");

    @TempDir
    static Path dir;
    private static int opened;
    private WindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new WindowFixture(dir.resolve("columns-" + (++opened) + ".db"));
        SeedLibrary.importInto(fixture.library);
        fixture.show(stage);
    }

    @AfterEach
    void close() {
        fixture.close();
        // the next test class gets this stage: as large as the window opens by default, on the screen
        fx(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1320);
            stage.setHeight(820);
            return null;
        });
    }

    private TableView<PaperRow> table() {
        return fixture.window.table();
    }

    private void resize(double width, double height) {
        fx(() -> {
            stage.setX(0); // all of it on the screen, which is as large as the largest size
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        until("the columns to fill the table at " + width, () -> table().getScene().getWidth() == width && fits() == 0);
    }

    /** How far the visible columns are from filling the table's pane exactly: 0 when they fill it. */
    private double fits() {
        Node clip = table().lookup(".clipped-container");
        if (clip == null || table().getItems().isEmpty()) return -1;
        double sum = table().getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        double pane = clip.getLayoutBounds().getWidth();
        return sum <= pane && sum >= pane - 2 ? 0 : sum - pane;
    }

    private TableColumn<PaperRow, ?> column(String id) {
        return table().getColumns().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    private List<String> visible() {
        return fx(() -> table().getVisibleLeafColumns().stream().map(TableColumn::getId).toList());
    }

    /** Each visible header's text as drawn: the whole of it, never cut with an ellipsis. */
    private List<String> drawnHeaders() {
        return fx(() -> {
            List<String> out = new ArrayList<>();
            for (Node header : table().lookupAll(".column-header")) {
                if (!(header.lookup(".label") instanceof Labeled label) || !header.isVisible()) continue;
                Node text = label.lookup(".text");
                if (text instanceof Text t && !label.getText().isEmpty()) out.add(t.getText());
            }
            return out;
        });
    }

    @Test
    void theColumnsFitThePaneAtEverySizeWithEveryHeaderReadable() {
        until("the seed", () -> table().getItems().size() == 28 && !table().getItems().contains(PagedRows.LOADING));
        for (double[] size : new double[][] {{1024, 700}, {1280, 800}, {1920, 1080}}) {
            resize(size[0], size[1]);
            List<String> shown = visible();
            assertEquals("title", shown.get(0), "the title is always there, first");
            List<String> others = PRIORITY.stream().filter(shown::contains).toList();
            // what hides is always the lowest priority: the shown ones are the top of the list
            assertEquals(PRIORITY.subList(0, others.size()), others, "shown at " + size[0] + ": " + shown);
            assertTrue(others.size() >= 2, "at least status and families at " + size[0] + ": " + shown);
            double title = fx(() -> column("title").getWidth());
            assertTrue(title >= 300, "the title gets the room at " + size[0] + ": " + title);
            for (String id : others) {
                assertTrue(title > fx(() -> column(id).getWidth()), "the title is the widest at " + size[0]);
            }
            List<String> headers = drawnHeaders();
            assertEquals(shown.size(), headers.size(), "a header for each column at " + size[0]);
            for (String h : headers) assertFalse(h.contains("…") || h.contains("..."), "header cut at " + size[0] + ": " + h);
        }
        assertEquals(List.of("title", "families", "status", "upvotes", "date", "tags"), visible(), "all six at 1920");
        double wideTitle = fx(() -> column("title").getWidth());
        assertTrue(wideTitle > 500, "at 1920 the title takes the spare width: " + wideTitle);
    }

    @Test
    void theHeaderMenuChoosesColumnsAndTheLayoutAndSortSurviveARestart(FxRobot robot) throws IOException {
        until("the seed", () -> table().getItems().size() == 28 && !table().getItems().contains(PagedRows.LOADING));
        resize(1920, 1080);

        // the header's context menu, opened with the mouse on the Status header
        Node statusHeader = fx(() -> table().lookupAll(".column-header").stream()
                .filter(n -> n.getId() != null && n.getId().equals("status")).findFirst().orElseThrow());
        WindowFixture.requestContextMenu(statusHeader, 10, 10);
        ContextMenu menu = fx(() -> column("status").getContextMenu());
        until("the column menu", menu::isShowing);
        CheckMenuItem families = fx(() -> (CheckMenuItem) menu.getItems().stream()
                .filter(i -> "column-menu-families".equals(i.getId())).findFirst().orElseThrow());
        assertTrue(fx(families::isSelected));
        fx(() -> {
            families.setSelected(false);
            families.fire();
            menu.hide();
            return null;
        });
        until("families to hide", () -> !column("families").isVisible() && fits() == 0);
        assertTrue(fx(() -> menu.getItems().stream().map(MenuItem::getId).toList()
                .containsAll(PRIORITY.stream().map(id -> "column-menu-" + id).toList())), "a check for every column");

        // a dragged border and a sort by upvotes, most first (a click on the header, then another)
        double before = fx(() -> column("upvotes").getWidth());
        fx(() -> table().resizeColumn(column("upvotes"), 40));
        until("the dragged width", () -> column("upvotes").getWidth() == before + 40 && fits() == 0);
        Node upvotesHeader = fx(() -> table().lookupAll(".column-header").stream()
                .filter(n -> "upvotes".equals(n.getId())).findFirst().orElseThrow());
        robot.clickOn(upvotesHeader);
        robot.clickOn(upvotesHeader);
        until("the sort by upvotes", () -> !table().getItems().contains(PagedRows.LOADING)
                && table().getItems().get(0).upvotes() != null && table().getItems().get(0).upvotes()
                .equals(table().getItems().stream().map(PaperRow::upvotes).filter(u -> u != null).max(Integer::compare).orElse(null)));
        List<Long> sorted = fx(() -> table().getItems().stream().map(PaperRow::id).toList());

        // a restart: the window closes (saving its layout) and a new one opens on the same file
        fx(() -> {
            fixture.window.close();
            fixture.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
            return null;
        });
        Properties saved = new Properties();
        try (Reader r = Files.newBufferedReader(fixture.file.resolveSibling(fixture.file.getFileName() + ".window"))) {
            saved.load(r);
        }
        assertEquals("false", saved.getProperty("column.families.shown"));
        assertEquals("upvotes desc", saved.getProperty("sort"));
        until("the rows again", () -> table().getItems().size() == 28 && !table().getItems().contains(PagedRows.LOADING)
                && fits() == 0);
        assertFalse(fx(() -> column("families").isVisible()), "families stays hidden");
        assertEquals(before + 40, fx(() -> column("upvotes").getWidth()), "the dragged width is back");
        assertEquals(sorted, fx(() -> table().getItems().stream().map(PaperRow::id).toList()), "the same order");
        assertEquals(List.of("upvotes"), fx(() -> table().getSortOrder().stream().map(TableColumn::getId).toList()));
        assertEquals(TableColumn.SortType.DESCENDING, fx(() -> column("upvotes").getSortType()));
    }
}
