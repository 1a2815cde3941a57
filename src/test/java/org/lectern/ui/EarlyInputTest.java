package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
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
import org.lectern.ui.shell.WindowFrame;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Keys pressed in a window's first moments, before it can take them, are kept and acted on in order once it
 * can: on the empty frame the application shows first, and in the window's first scene before anything in it
 * has the focus. A second window on the fixture's real library file, built into its frame as the application
 * builds it, its rows held back (so the parts that come after them are still stand-ins).
 */
@ExtendWith(ApplicationExtension.class)
class EarlyInputTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    private final GatedBackground gated = new GatedBackground();
    private MainWindow window;
    private Stage stage;

    /** The empty frame, as the application shows it before the window is built. */
    private void showFrame() {
        fx(() -> {
            stage = new Stage();
            WindowFrame.showEmpty(stage, fixture.file);
            return null;
        });
        until("the frame has the keyboard", () -> stage.isFocused());
    }

    /** The window, built into the frame as the application fills it. */
    private void fill() {
        fx(this::build);
    }

    private Scene build() {
        window = new MainWindow(LibraryServices.of(fixture.library), new UndoJournal(), gated.background());
        window.install(stage, null);
        return stage.getScene();
    }

    @AfterEach
    void closeWindow() {
        gated.open();
        fx(() -> {
            if (window != null) window.close();
            if (stage != null) stage.close();
            return null;
        });
        gated.shutDown();
    }

    @Test
    void ctrlFAndWhatIsTypedOnTheEmptyFrameEndInTheSearchBoxInOrder(FxRobot robot) {
        showFrame();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.type(KeyCode.E, KeyCode.R, KeyCode.N, KeyCode.I, KeyCode.E);
        fill();
        until("the search box holds what was typed", 10, () -> "ernie".equals(window.parts().view().search().query()));
        assertEquals(window.parts().view().search().view(), fx(() -> stage.getScene().getFocusOwner()), "the search box has the focus");
        assertFalse(fx(this::rowsRead), "it was the keys that brought the search box in, not the first rows");
    }

    @Test
    void keysOnTheFirstSceneBeforeAnythingHasTheFocusAreKept() {
        showFrame();
        fx(() -> {
            // as the platform sends keys to a scene nothing in has the focus of: to the scene itself
            Scene scene = build();
            Event.fireEvent(scene, key(KeyEvent.KEY_PRESSED, KeyCode.F, "", true));
            Event.fireEvent(scene, key(KeyEvent.KEY_RELEASED, KeyCode.F, "", true));
            for (String c : new String[] {"e", "r", "n", "i", "e"}) {
                KeyCode code = KeyCode.getKeyCode(c.toUpperCase());
                Event.fireEvent(scene, key(KeyEvent.KEY_PRESSED, code, "", false));
                Event.fireEvent(scene, key(KeyEvent.KEY_TYPED, KeyCode.UNDEFINED, c, false));
                Event.fireEvent(scene, key(KeyEvent.KEY_RELEASED, code, "", false));
            }
            return null;
        });
        until("the search box holds what was typed", 10, () -> "ernie".equals(window.parts().view().search().query()));
    }

    @Test
    void ctrlKOnTheEmptyFrameOpensThePalette(FxRobot robot) {
        showFrame();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        fill();
        until("the palette", 10, () -> window.parts().reading().palette() != null);
        assertFalse(fx(this::rowsRead), "no row was read yet");
    }

    @Test
    void altOnTheEmptyFrameTakesTheKeyboardToTheMenuBar(FxRobot robot) {
        showFrame();
        robot.press(KeyCode.ALT).release(KeyCode.ALT);
        robot.type(KeyCode.DOWN);
        fill();
        until("the File menu open", 10, () -> window.root().lookup("#menu-bar") instanceof MenuBar m
                && m.getMenus().get(0).isShowing());
    }

    private boolean rowsRead() {
        var rows = window.parts().view().table().view().getItems();
        return rows.size() == 28 && rows.get(0) != PagedRows.LOADING;
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, KeyCode code, String typed, boolean control) {
        return new KeyEvent(type, type == KeyEvent.KEY_TYPED ? typed : KeyEvent.CHAR_UNDEFINED, "", code, false, control, false, false);
    }
}
