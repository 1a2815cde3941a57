package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.io.Reader;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperRow;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A search ranks the rows for as long as it is on; the reader's own sort comes back after it and is the one saved. */
@ExtendWith(ApplicationExtension.class)
class SearchKeepsSortTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(f -> SeedLibrary.importInto(f.library));

    private List<String> sortOrder() {
        return fx(() -> fixture.window.table().getSortOrder().stream().map(TableColumn::getId).toList());
    }

    private static boolean byTitle(List<PaperRow> rows) {
        if (rows.contains(PagedRows.LOADING)) return false;
        List<String> titles = rows.stream().map(PaperRow::title).toList();
        return titles.equals(titles.stream().sorted(Comparator.comparing(t -> t.toLowerCase(java.util.Locale.ROOT))).toList());
    }

    private void search(FxRobot robot, String words) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        until("the search field", () -> fixture.window.search().view().isFocused());
        robot.write(words);
        until("the search's rows", () -> fixture.window.table().getItems().size() < 28
                && !fixture.window.table().getItems().isEmpty() && fixture.window.table().getSortOrder().isEmpty()
                && !fixture.window.table().getItems().contains(PagedRows.LOADING));
    }

    @Test
    void clearingASearchBringsBackTheSortAndTheSearchIsNeverSavedAsTheSort(FxRobot robot) throws Exception {
        fixture.settleRows(n -> n == 28);
        Node title = fx(() -> fixture.window.table().lookupAll(".column-header").stream()
                .filter(n -> "title".equals(n.getId())).findFirst().orElseThrow());
        robot.clickOn(title);
        until("the sort by title", () -> byTitle(fixture.window.table().getItems())
                && fixture.window.table().getItems().size() == 28);
        assertEquals(List.of("title"), sortOrder());

        search(robot, "audio");
        robot.type(KeyCode.ESCAPE);
        until("the whole library sorted by title again", () -> fixture.window.search().query().isEmpty()
                && fixture.window.table().getItems().size() == 28 && byTitle(fixture.window.table().getItems())
                && !fixture.window.table().getSortOrder().isEmpty());
        assertEquals(List.of("title"), sortOrder());
        assertEquals(TableColumn.SortType.ASCENDING, fx(() -> fixture.window.table().getSortOrder().get(0).getSortType()));

        // the window closed while a search ranks the rows keeps the reader's sort
        search(robot, "audio");
        fixture.close();
        Properties saved = new Properties();
        try (Reader r = Files.newBufferedReader(fixture.file.resolveSibling(fixture.file.getFileName() + ".window"))) {
            saved.load(r);
        }
        assertEquals("title asc", saved.getProperty("sort"));
    }
}
