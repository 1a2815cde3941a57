package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The menu bar, the search box and the status bar come in after the window's first rows, in places the
 * first scene already holds at their size; a key pressed before them acts as it does later, and a click on
 * a stand-in goes to the part that takes its place. A second
 * window on the fixture's real library file, whose background work waits behind a gate the test opens,
 * so the first scene can be looked at before any row is read.
 */
@ExtendWith(ApplicationExtension.class)
class LatePartsTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    private final GatedWindow late = new GatedWindow(fixture);

    private void open() {
        late.show();
        until("the first scene laid out", () -> late.window.root().lookup("#placeholder-menu-bar") instanceof javafx.scene.layout.Region r
                && r.getHeight() > 0);
    }

    @AfterEach
    void closeWindow() {
        late.close();
    }

    @Test
    void theBarsArriveAfterTheFirstRowsWhereTheirStandInsWereAndNothingMoves() {
        open();
        Node root = late.window.root();
        assertNull(fx(() -> root.lookup("#menu-bar")), "no menu bar in the first scene");
        assertNull(fx(() -> root.lookup(".empty-state")), "no word that the library is empty before its first page is read");
        assertNull(fx(() -> late.window.parts().view().search().view().getScene()), "no search box in the first scene");
        assertNull(fx(() -> late.window.parts().status().view().getScene()), "no status bar in the first scene");
        assertNull(fx(() -> late.window.parts().view().sidebar().view().getScene()), "no sidebar list in the first scene");
        assertNull(fx(() -> late.window.parts().view().detail().view().getScene()), "no detail in the first scene");
        Bounds table = sceneBounds(fx(() -> late.window.parts().view().table().view()));
        Bounds sidebarPlace = sceneBounds(fx(() -> late.window.parts().view().table().view().getScene().lookup("#placeholder-sidebar")));
        Bounds menuPlace = sceneBounds(fx(() -> root.lookup("#placeholder-menu-bar")));
        Bounds searchPlace = sceneBounds(fx(() -> root.lookup("#placeholder-search")));
        Bounds statusPlace = sceneBounds(fx(() -> root.lookup(".status-bar-place")));
        Bounds split = sceneBounds(fx(() -> root.lookup("#main-split")));

        late.open();
        until("the first rows", () -> late.window.parts().view().table().view().getItems().size() == 28
                && late.window.parts().view().table().view().getItems().get(0) != PagedRows.LOADING);
        until("the bars, laid out", () -> root.lookup("#menu-bar") instanceof javafx.scene.layout.Region m && m.getHeight() > 0
                && late.window.parts().status().view().getScene() != null
                && late.window.parts().view().search().view().getHeight() > 0
                && late.background.runningProperty().get() == 0);

        assertNull(fx(() -> root.lookup("#placeholder-menu-bar")), "the stand-in has left");
        assertEquals(menuPlace, sceneBounds(fx(() -> root.lookup("#menu-bar"))), "the menu bar where its stand-in was");
        assertEquals(searchPlace, sceneBounds(fx(() -> late.window.parts().view().search().view())), "the search box where its stand-in was");
        assertEquals(statusPlace, sceneBounds(fx(() -> late.window.parts().status().view())), "the status bar where its stand-in was");
        assertEquals(split, sceneBounds(fx(() -> root.lookup("#main-split"))), "the sidebar, table and detail have not moved");
        assertEquals(table, sceneBounds(fx(() -> late.window.parts().view().table().view())), "the table has not moved");
        assertEquals(sidebarPlace, sceneBounds(fx(() -> late.window.parts().view().sidebar().view())), "the sidebar where its stand-in was");
        assertNotNull(fx(() -> late.window.parts().view().detail().paper()), "the detail shows the first paper");
        assertTrue(fx(() -> late.window.parts().status().showing().getText().startsWith("Showing")), "the status bar says what is shown");
    }

    @Test
    void aKeyPressedBeforeTheFirstRowsActsAtOnce() {
        open();
        Node table = fx(() -> late.window.parts().view().table().view());
        fx(() -> {
            table.requestFocus();
            // Ctrl+F, the search key, on the focused table: before any row is read, the search box is not in yet
            Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F, false, true, false, false));
            return null;
        });
        assertSame(fx(() -> late.window.parts().view().search().view()), fx(() -> late.stage.getScene().getFocusOwner()),
                "the search box has the focus");
        assertNotNull(fx(() -> late.window.root().lookup("#menu-bar")), "the menu bar came in with it");
        assertFalse(fx(() -> late.window.parts().view().table().view().getItems().size() == 28), "no row was read yet");
    }

    @Test
    void theDetailFlowsAndMenusAreMadeAfterTheFirstRowsAndAKeyBeforeThemMakesThemAtOnce() {
        open();
        Node root = late.window.root();
        assertFalse(fx(late.window::flowsMade), "before the first rows, the window makes no detail, flow or menu");
        Node table = fx(() -> root.lookup("#paper-table"));
        fx(() -> {
            table.requestFocus();
            // "?", the reading keys' cheat sheet: an action of the flows, pressed before any of them is made
            Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, "?", "", KeyCode.SLASH, true, false, false, false));
            return null;
        });
        assertTrue(fx(late.window::flowsMade), "the key made them");
        until("the cheat sheet", () -> root.lookup(".cheat-sheet") != null && root.lookup(".cheat-sheet").getScene() != null);
        assertFalse(fx(() -> late.window.parts().view().table().view().getItems().size() == 28), "no row was read yet");
    }

    @Test
    void withoutAKeyTheFlowsAreMadeOnceTheFirstRowsAreLaidOut() {
        open();
        Node root = late.window.root();
        late.open();
        until("the flows, made after the first rows", () -> fx(late.window::flowsMade));
        until("the first paper in the detail", () -> root.lookup("#detail") != null && root.lookup("#detail").getScene() != null
                && late.window.parts().view().detail().paper() != null);
        assertEquals(28, (int) fx(() -> late.window.parts().view().table().view().getItems().size()));
        assertNotNull(fx(() -> root.lookup("#menu-bar")), "the menu bar came in");
    }

    @Test
    void aPressOnTheSearchBoxsStandInFocusesTheSearchBox(FxRobot robot) {
        open();
        fx(() -> {
            late.window.parts().view().table().view().requestFocus();
            return null;
        });
        until("the window has the keyboard, in the table", () -> late.stage.isFocused()
                && late.stage.getScene().getFocusOwner() == late.window.parts().view().table().view());
        robot.moveTo(screenPoint(fx(() -> late.window.root().lookup("#placeholder-search")), 0.5))
                .press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        until("the search box has the focus", () -> late.stage.getScene().getFocusOwner() == late.window.parts().view().search().view());
        assertFalse(fx(() -> late.window.parts().view().table().view().getItems().size() == 28), "no row was read yet");
    }

    @Test
    void aPressWhereFileWillBeOpensTheFileMenu(FxRobot robot) {
        // where File sits on its bar, from the fixture's own window, whose bar is in
        until("the fixture's menu bar", () -> fixture.window.menuBar() != null && fixture.window.menuBar().getHeight() > 0);
        double fileAt = fx(() -> {
            Node bar = fixture.window.menuBar();
            Node file = bar.lookup(".menu");
            Bounds b = bar.sceneToLocal(file.localToScene(file.getBoundsInLocal()));
            return b.getCenterX() / bar.getLayoutBounds().getWidth();
        });
        open();
        until("the window has the keyboard", () -> late.stage.isFocused());
        robot.moveTo(screenPoint(fx(() -> late.window.root().lookup("#placeholder-menu-bar")), fileAt))
                .press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        until("the File menu open", () -> late.window.root().lookup("#menu-bar") instanceof MenuBar m
                && m.getMenus().get(0).getText().equals("_File") && m.getMenus().get(0).isShowing());
    }

    /** The point of {@code n} on screen at {@code across} of its width, half way down. */
    private static Point2D screenPoint(Node n, double across) {
        return fx(() -> {
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            return new Point2D(b.getMinX() + b.getWidth() * across, b.getMinY() + b.getHeight() / 2);
        });
    }

    private static Bounds sceneBounds(Node n) {
        return fx(() -> n.localToScene(n.getLayoutBounds()));
    }
}
