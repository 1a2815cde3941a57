package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.edit.UndoJournal;
import org.lectern.store.LibraryServices;
import org.lectern.ui.shell.MainWindow;
import org.lectern.ui.table.PagedRows;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The menu bar, the search box and the status bar come in after the window's first rows, in places the
 * first scene already holds at their size; a key pressed before them acts as it does later. A second
 * window on the fixture's real library file, whose background work waits behind a gate the test opens,
 * so the first scene can be looked at before any row is read.
 */
@ExtendWith(ApplicationExtension.class)
class LatePartsTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    private final CountDownLatch gate = new CountDownLatch(1);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gated-background");
        t.setDaemon(true);
        return t;
    });
    private final Background gated = new Background(r -> worker.execute(() -> {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        r.run();
    }), r -> {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    });
    private MainWindow window;
    private Stage stage;

    private void open() {
        fx(() -> {
            window = new MainWindow(LibraryServices.of(fixture.library), new UndoJournal(), gated);
            stage = new Stage();
            window.install(stage, null);
            stage.show();
            return null;
        });
        until("the first scene laid out", () -> window.root().lookup("#placeholder-menu-bar") instanceof javafx.scene.layout.Region r
                && r.getHeight() > 0);
    }

    @AfterEach
    void closeWindow() {
        gate.countDown();
        if (window != null) {
            fx(() -> {
                window.close();
                stage.close();
                return null;
            });
        }
        gated.drain(10_000);
        worker.shutdownNow();
    }

    @Test
    void theBarsArriveAfterTheFirstRowsWhereTheirStandInsWereAndNothingMoves() {
        open();
        Node root = window.root();
        assertNull(fx(() -> root.lookup("#menu-bar")), "no menu bar in the first scene");
        assertNull(fx(() -> root.lookup(".empty-state")), "no word that the library is empty before its first page is read");
        assertNull(fx(() -> window.parts().view().search().view().getScene()), "no search box in the first scene");
        assertNull(fx(() -> window.parts().status().view().getScene()), "no status bar in the first scene");
        assertNull(fx(() -> window.parts().view().sidebar().view().getScene()), "no sidebar list in the first scene");
        assertNull(fx(() -> window.parts().view().detail().view().getScene()), "no detail in the first scene");
        Bounds table = sceneBounds(fx(() -> window.parts().view().table().view()));
        Bounds sidebarPlace = sceneBounds(fx(() -> window.parts().view().table().view().getScene().lookup("#placeholder-sidebar")));
        Bounds menuPlace = sceneBounds(fx(() -> root.lookup("#placeholder-menu-bar")));
        Bounds searchPlace = sceneBounds(fx(() -> root.lookup("#placeholder-search")));
        Bounds statusPlace = sceneBounds(fx(() -> root.lookup(".status-bar-place")));
        Bounds split = sceneBounds(fx(() -> root.lookup("#main-split")));

        gate.countDown();
        until("the first rows", () -> window.parts().view().table().view().getItems().size() == 28
                && window.parts().view().table().view().getItems().get(0) != PagedRows.LOADING);
        until("the bars, laid out", () -> root.lookup("#menu-bar") instanceof javafx.scene.layout.Region m && m.getHeight() > 0
                && window.parts().status().view().getScene() != null
                && window.parts().view().search().view().getHeight() > 0
                && gated.runningProperty().get() == 0);

        assertNull(fx(() -> root.lookup("#placeholder-menu-bar")), "the stand-in has left");
        assertEquals(menuPlace, sceneBounds(fx(() -> root.lookup("#menu-bar"))), "the menu bar where its stand-in was");
        assertEquals(searchPlace, sceneBounds(fx(() -> window.parts().view().search().view())), "the search box where its stand-in was");
        assertEquals(statusPlace, sceneBounds(fx(() -> window.parts().status().view())), "the status bar where its stand-in was");
        assertEquals(split, sceneBounds(fx(() -> root.lookup("#main-split"))), "the sidebar, table and detail have not moved");
        assertEquals(table, sceneBounds(fx(() -> window.parts().view().table().view())), "the table has not moved");
        assertEquals(sidebarPlace, sceneBounds(fx(() -> window.parts().view().sidebar().view())), "the sidebar where its stand-in was");
        assertNotNull(fx(() -> window.parts().view().detail().paper()), "the detail shows the first paper");
        assertTrue(fx(() -> window.parts().status().showing().getText().startsWith("Showing")), "the status bar says what is shown");
    }

    @Test
    void aKeyPressedBeforeTheFirstRowsActsAtOnce() {
        open();
        Node table = fx(() -> window.parts().view().table().view());
        fx(() -> {
            table.requestFocus();
            // Ctrl+F, the search key, on the focused table: before any row is read, the search box is not in yet
            Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F, false, true, false, false));
            return null;
        });
        assertSame(fx(() -> window.parts().view().search().view()), fx(() -> stage.getScene().getFocusOwner()),
                "the search box has the focus");
        assertNotNull(fx(() -> window.root().lookup("#menu-bar")), "the menu bar came in with it");
        assertFalse(fx(() -> window.parts().view().table().view().getItems().size() == 28), "no row was read yet");
    }

    private static Bounds sceneBounds(Node n) {
        return fx(() -> n.localToScene(n.getLayoutBounds()));
    }
}
