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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Keys pressed in a window's first moments, before it can take them, are kept and acted on in order once it
 * can: on the empty frame the application shows first, and in the window's first scene before anything in it
 * has the focus. A second window on the fixture's real library file, built into its frame as the application
 * builds it, its rows held back ({@link GatedWindow}), so the parts that come after them are still stand-ins.
 */
@ExtendWith(ApplicationExtension.class)
class EarlyInputTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    private final GatedWindow early = new GatedWindow(fixture);

    @AfterEach
    void closeWindow() {
        early.close();
    }

    @Test
    void ctrlFAndWhatIsTypedOnTheEmptyFrameEndInTheSearchBoxInOrder(FxRobot robot) {
        early.showFrame();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.type(KeyCode.E, KeyCode.R, KeyCode.N, KeyCode.I, KeyCode.E);
        fx(early::build);
        until("the search box holds what was typed", 10, () -> "ernie".equals(early.window.parts().view().search().query()));
        assertEquals(early.window.parts().view().search().view(), fx(() -> early.stage.getScene().getFocusOwner()), "the search box has the focus");
        assertFalse(fx(this::rowsRead), "it was the keys that brought the search box in, not the first rows");
    }

    @Test
    void keysOnTheFirstSceneBeforeAnythingHasTheFocusAreKept() {
        early.showFrame();
        fx(() -> {
            // as the platform sends keys to a scene nothing in has the focus of: to the scene itself
            Scene scene = early.build();
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
        until("the search box holds what was typed", 10, () -> "ernie".equals(early.window.parts().view().search().query()));
    }

    @Test
    void ctrlKOnTheEmptyFrameOpensThePalette(FxRobot robot) {
        early.showFrame();
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        fx(early::build);
        until("the palette", 10, () -> early.window.parts().reading().palette() != null);
        assertFalse(fx(this::rowsRead), "no row was read yet");
    }

    @Test
    void altOnTheEmptyFrameTakesTheKeyboardToTheMenuBar(FxRobot robot) {
        early.showFrame();
        robot.press(KeyCode.ALT).release(KeyCode.ALT);
        robot.type(KeyCode.DOWN);
        fx(early::build);
        until("the File menu open", 10, () -> early.window.root().lookup("#menu-bar") instanceof MenuBar m
                && m.getMenus().get(0).isShowing());
    }

    private boolean rowsRead() {
        var rows = early.window.parts().view().table().view().getItems();
        return rows.size() == 28 && rows.get(0) != PagedRows.LOADING;
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, KeyCode code, String typed, boolean control) {
        return new KeyEvent(type, type == KeyEvent.KEY_TYPED ? typed : KeyEvent.CHAR_UNDEFINED, "", code, false, control, false, false);
    }
}
