package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.PaperDate;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Importer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A search that matches more papers than are counted at once: the window shows its first rows with
 * the bound, then the exact count, and every match can be scrolled to.
 */
@ExtendWith(ApplicationExtension.class)
class BroadSearchWindowTest {
    static final int PAPERS = 1_300;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(f -> {
        List<ParsedPaper> papers = new ArrayList<>();
        for (int i = 1; i <= PAPERS; i++) {
            String text = (i % 10 == 0 ? "A rare aside. " : "") + "Broad claims about widespread evaluation, number " + i + ".";
            papers.add(new ParsedPaper(i, i, "Paper " + i + " on widespread things", text, 1,
                    PaperDate.day(LocalDate.of(2024, 1, 1).plusDays(i % 300)), null, null, null, 1.0, null));
        }
        new Importer(f.library).commit("broad.txt", "test", papers, 0, p -> { });
    });

    @Test
    void aBroadSearchShowsEveryMatchAndItsExactCount(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("widespread");
        until("the exact count", 30, () -> fixture.window.showing().getText().equals(
                "Showing " + PAPERS + " papers matching “widespread”"));
        assertEquals(PAPERS, (int) fx(() -> fixture.window.table().getItems().size()));
        fx(() -> {
            fixture.window.table().scrollTo(PAPERS - 1);
            return null;
        });
        until("the last match", 30, () -> fixture.window.table().getItems().get(PAPERS - 1).title().equals("Paper 1 on widespread things"));

        robot.eraseText("widespread".length()).write("rare");
        until("a narrow search, counted at once", 30, () -> fixture.window.showing().getText().equals(
                "Showing " + PAPERS / 10 + " papers matching “rare”"));
    }
}
