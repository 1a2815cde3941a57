package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.store.LibraryServices;
import org.lectern.ui.shell.MainWindow;
import org.lectern.ui.table.PagedRows;
import org.lectern.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** How the real window looks: the selected row in both themes, and the zoom kept across a restart. */
@ExtendWith(ApplicationExtension.class)
class LookTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    private void rowsShown() {
        until("the papers", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
    }

    /** The colour a row is drawn in: its background's top fill, as the theme's CSS resolved it. */
    private static Color rowColour(TableRow<?> row) {
        Background b = row.getBackground();
        if (b == null || b.getFills().isEmpty()) return null;
        return b.getFills().get(b.getFills().size() - 1).getFill() instanceof Color c ? c : null;
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The WCAG contrast ratio of two opaque colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The selected row's contrast against the rows just below and above it, the lower of the two. */
    private double selectedRowContrast() {
        until("rows drawn with the selection", () -> rows().stream().anyMatch(r -> r.isSelected() && rowColour(r) != null));
        return fx(() -> {
            fixture.window.table().applyCss(); // the selection's pseudo-class drawn, not the colours of the pulse before
            List<TableRow<?>> rows = rows();
            TableRow<?> selected = rows.stream().filter(TableRow::isSelected).findFirst().orElseThrow();
            double lowest = Double.MAX_VALUE;
            for (TableRow<?> r : rows) {
                if (r.isSelected() || r.isEmpty() || Math.abs(r.getIndex() - selected.getIndex()) != 1) continue;
                lowest = Math.min(lowest, contrast(rowColour(selected), rowColour(r)));
            }
            return lowest;
        });
    }

    private List<TableRow<?>> rows() {
        return fixture.window.table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null && r.isVisible())
                .<TableRow<?>>map(n -> (TableRow<?>) n).toList();
    }

    @Test
    void theSelectedRowStandsOutInBothThemes(FxRobot robot) {
        rowsShown();
        fixture.selectInList(3);
        double light = selectedRowContrast();
        assertTrue(light >= 3, "light theme: the selected row's contrast is " + light);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        until("the dark theme", () -> fixture.window.theme() == Theme.DARK);
        until("the rows redrawn dark", () -> rows().stream().filter(r -> !r.isSelected())
                .allMatch(r -> rowColour(r) != null && luminance(rowColour(r)) < 0.2));
        double dark = selectedRowContrast();
        assertTrue(dark >= 3, "dark theme: the selected row's contrast is " + dark);

        // and with the focus elsewhere, the selection is still plain to see
        fx(() -> {
            fixture.window.search().view().requestFocus();
            return null;
        });
        until("the search focused", () -> fixture.window.search().view().isFocused());
        double unfocused = selectedRowContrast();
        assertTrue(unfocused >= 3, "dark theme, list not focused: " + unfocused);
        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.D).release(KeyCode.SHIFT, KeyCode.CONTROL);
        until("the light theme back", () -> fixture.window.theme() == Theme.LIGHT);
    }

    private double zoomOf(Node root) {
        return fx(() -> root.getLocalToSceneTransform().getMxx());
    }

    @Test
    void zoomKeysScaleTheWindowAndTheLevelIsKeptForTheNextStart(FxRobot robot) throws Exception {
        rowsShown();
        Node root = fixture.window.window().root();
        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });
        double titleWidth = fx(() -> fixture.window.detail().view().localToScene(
                fixture.window.detail().view().getLayoutBounds()).getWidth());
        assertEquals(1.0, zoomOf(root), 1e-9);

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL); // the + key unshifted
        until("zoomed in once", () -> Math.abs(zoomOf(root) - 1.1) < 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.ADD).release(KeyCode.CONTROL); // the keypad's +
        until("zoomed in twice", () -> Math.abs(zoomOf(root) - 1.2) < 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        until("zoomed out once", () -> Math.abs(zoomOf(root) - 1.1) < 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        until("actual size", () -> Math.abs(zoomOf(root) - 1.0) < 1e-9);
        for (int i = 0; i < 3; i++) robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        until("zoomed in three times", () -> Math.abs(zoomOf(root) - 1.3) < 1e-9);
        // the window still fits the stage: laid out smaller, drawn larger
        double sceneWidth = fx(() -> root.getScene().getWidth());
        assertEquals(sceneWidth, fx(() -> root.localToScene(root.getLayoutBounds()).getWidth()), 1.0);
        assertTrue(fx(() -> fixture.window.detail().view().localToScene(fixture.window.detail().view().getLayoutBounds())
                .getWidth()) > 0 && titleWidth > 0);

        fx(() -> {
            fixture.window.close();
            return null;
        });
        assertEquals(1.3, WindowState.forLibrary(fixture.file).get("zoom", 0), 1e-9, "saved with the layout");
        double again = fx(() -> {
            Stage stage = new Stage();
            MainWindow next = new MainWindow(LibraryServices.of(fixture.library), new org.lectern.edit.UndoJournal(), fixture.background);
            next.install(stage, null);
            stage.show();
            double z = next.root().getLocalToSceneTransform().getMxx();
            next.close();
            stage.close();
            return z;
        });
        assertEquals(1.3, again, 1e-9, "the next start opens at the zoom left");
    }
}
