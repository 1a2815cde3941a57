package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.store.Families;
import org.lectern.store.Papers;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The status and families cells on a real library: each shows the status as a coloured pill and each
 * family after a dot of its colour, without a control of their own inside the cell, and every row keeps
 * the table's fixed height.
 */
@ExtendWith(ApplicationExtension.class)
class RowCellsTest {
    private static final String ONE = "#3366cc";
    private static final String TWO = "#cc6633";

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(f -> {
        SeedLibrary.importInto(f.library);
        Papers papers = new Papers(f.library);
        List<Paper> all = papers.all(PaperFilter.all());
        Families families = new Families(f.library);
        long first = families.create("Alpha", "topic", "", List.of(all.get(0).id(), all.get(1).id()), "rule");
        long second = families.create("Beta", "topic", "", List.of(all.get(1).id()), "rule");
        families.recolor(first, ONE);
        families.recolor(second, TWO);
        papers.setStatus(all.get(0).id(), Status.QUEUED);
    });

    private List<TableRow<?>> rows() {
        return fixture.window.table().lookupAll(".table-row-cell").stream()
                .<TableRow<?>>map(n -> (TableRow<?>) n).filter(r -> r.isVisible() && r.getItem() != null).toList();
    }

    private static TableCell<?, ?> cell(TableRow<?> row, String column) {
        return (TableCell<?, ?>) row.lookupAll(".table-cell").stream()
                .filter(c -> ((TableCell<?, ?>) c).getTableColumn().getId().equals(column)).findFirst().orElseThrow();
    }

    private TableRow<?> rowOf(String title) {
        return rows().stream().filter(r -> ((PaperRow) r.getItem()).title().equals(title)).findFirst().orElseThrow();
    }

    private static boolean noControlIn(Node graphic) {
        return !(graphic instanceof Control) && graphic.lookupAll("*").stream().noneMatch(n -> n instanceof Control);
    }

    @Test
    void cellsShowStatusAndFamiliesWithoutControlsOfTheirOwn() throws Exception {
        fixture.settleRows(n -> n == 28);
        Papers papers = new Papers(fixture.library);
        List<Paper> all = papers.all(PaperFilter.all());
        String queued = all.get(0).title();
        String twoFamilies = all.get(1).title();
        fx(() -> {
            var items = fixture.window.table().getItems();
            int at = items.size();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).title().equals(queued) || items.get(i).title().equals(twoFamilies)) at = Math.min(at, i);
            }
            fixture.window.table().scrollTo(Math.max(0, at - 1));
            return null;
        });
        until("both papers on screen", () -> rows().stream().filter(r -> ((PaperRow) r.getItem()).title().equals(queued)
                || ((PaperRow) r.getItem()).title().equals(twoFamilies)).count() == 2);
        // the colours come with the sidebar's read, after the first rows
        until("the families' dots", () -> cell(rowOf(queued), "families").getGraphic() instanceof Circle);

        fx(() -> {
            TableCell<?, ?> status = cell(rowOf(queued), "status");
            Node pill = status.getGraphic();
            assertTrue(pill.getStyleClass().contains("status-pill"));
            assertTrue(pill.getPseudoClassStates().contains(PseudoClass.getPseudoClass(Status.QUEUED.key())));
            assertFalse(pill.getPseudoClassStates().contains(PseudoClass.getPseudoClass(Status.NEW.key())));
            assertEquals(Status.QUEUED.label(), ((Text) pill.lookup(".status-text")).getText());
            assertTrue(noControlIn(pill), "the pill is no control");
            // what a screen reader reads: the status, though the pill is no Label
            assertEquals(Status.QUEUED.label(), status.queryAccessibleAttribute(AccessibleAttribute.TEXT));
            assertEquals(Status.NEW.label(), cell(rowOf(twoFamilies), "status").queryAccessibleAttribute(AccessibleAttribute.TEXT));

            TableCell<?, ?> one = cell(rowOf(queued), "families");
            assertEquals("Alpha", one.getText());
            assertEquals(Color.web(ONE), ((Circle) one.getGraphic()).getFill());

            TableCell<?, ?> two = cell(rowOf(twoFamilies), "families");
            List<Label> labels = ((HBox) two.getGraphic()).getChildren().stream().map(n -> (Label) n).toList();
            assertEquals(List.of("Alpha", "Beta"), labels.stream().map(Label::getText).sorted().toList());
            assertEquals(List.of("Alpha", "Beta"), List.of(((String) two.queryAccessibleAttribute(AccessibleAttribute.TEXT))
                    .split(", ")).stream().sorted().toList());
            assertEquals("Alpha", one.queryAccessibleAttribute(AccessibleAttribute.TEXT));
            for (Label l : labels) {
                assertEquals(Color.web(l.getText().equals("Alpha") ? ONE : TWO), ((Circle) l.getGraphic()).getFill());
            }

            for (TableRow<?> row : rows()) assertEquals(30, row.getHeight(), 0.01, "every row keeps the fixed height");
            return null;
        });
    }
}
