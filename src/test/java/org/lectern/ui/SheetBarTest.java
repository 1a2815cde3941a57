package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A sheet's bottom bar in a window too narrow for all of it: the hint gives way, the buttons keep their words. */
@ExtendWith(ApplicationExtension.class)
class SheetBarTest {
    @Start
    void start(Stage stage) {
    }

    @Test
    void aNarrowBarShortensTheHintNotTheButtons() {
        double[] widths = fx(() -> {
            Label hint = new Label("Enter imports · Esc cancels · Space includes/excludes · F8 next uncertain · "
                    + "Alt+←/Alt+→ moves the boundary a word");
            Button cancel = new Button("Cancel");
            Button confirm = new Button("Import 190 papers");
            HBox bar = SheetCard.bar(hint, cancel, confirm);
            new Scene(bar, 520, 60);
            bar.applyCss();
            bar.layout();
            return new double[] {cancel.getWidth(), cancel.prefWidth(-1), confirm.getWidth(), confirm.prefWidth(-1),
                    hint.getWidth(), hint.prefWidth(-1)};
        });
        assertTrue(widths[0] >= widths[1] - 0.5, "Cancel keeps its width: " + widths[0] + " of " + widths[1]);
        assertTrue(widths[2] >= widths[3] - 0.5, "Import keeps its width: " + widths[2] + " of " + widths[3]);
        assertTrue(widths[4] < widths[5], "the hint is the one shortened: " + widths[4] + " of " + widths[5]);
    }
}
