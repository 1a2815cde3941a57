package org.lectern.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.ui.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The preview's "next uncertain split": its key and its button go from one uncertain split to the next,
 * and moving a boundary clears that paper's mark and lowers the count the sheet shows.
 */
@ExtendWith(ApplicationExtension.class)
class NextUncertainTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    /**
     * The seed's papers and ten of the dev listing's with two one-word heads among them: a head that cannot be
     * split is as uncertain as it gets, and 40 papers have a review share of two.
     */
    static String listing() throws IOException {
        List<String> lines = new ArrayList<>(WindowFixture.listingLines("/listings/seed-ernie-and-friends.txt", 28));
        lines.addAll(WindowFixture.listingLines("/listings/dev-daily-papers-2024.txt", 10));
        lines.add(3, "5 Lonely 2 authors · Dec 25, 2023");
        lines.add("6 Alone 1 author · Dec 26, 2023");
        return String.join("\n\n", lines) + "\n";
    }

    private List<Integer> uncertainRows() {
        return fx(() -> {
            List<Integer> out = new ArrayList<>();
            List<PreviewRow> rows = fixture.window.previewSheet().table().getItems();
            for (int i = 0; i < rows.size(); i++) if (rows.get(i).uncertain()) out.add(i);
            return out;
        });
    }

    private int selected() {
        return fx(() -> fixture.window.previewSheet().table().getSelectionModel().getSelectedIndex());
    }

    private String legend() {
        return fx(() -> ((Label) fixture.window.previewSheet().view().lookup("#uncertain-legend")).getText());
    }

    @Test
    void f8AndTheButtonGoToTheNextUncertainSplitAndAFixClearsItsMark(FxRobot robot) throws IOException {
        fixture.pasteListing(robot, listing());
        List<Integer> uncertain = uncertainRows();
        assertTrue(uncertain.size() >= 2, "the one-word heads are uncertain: " + uncertain);
        assertTrue(legend().startsWith(uncertain.size() + " uncertain"), legend());
        // the sheet opens on the first uncertain split; F8 goes on to the second
        assertEquals((int) uncertain.get(0), selected());
        robot.type(KeyCode.F8);
        until("the second uncertain split", () -> selected() == uncertain.get(1));

        // fixing it: the boundary moves, the mark goes, the count follows
        PreviewRow fixed = fx(() -> fixture.window.previewSheet().table().getSelectionModel().getSelectedItem());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        until("the mark to clear", () -> !fixed.uncertain());
        assertEquals(uncertain.size() - 1, uncertainRows().size());
        assertEquals(uncertain.size() - 1, (long) fx(() -> fixture.window.previewSheet().uncertainLeft()));
        assertTrue(legend().startsWith((uncertain.size() - 1) + " uncertain"), legend());

        // the button goes on from there, past the end to the top, skipping the fixed one
        List<Integer> left = uncertainRows();
        int from = selected();
        int next = left.stream().filter(i -> i > from).findFirst().orElse(left.get(0));
        robot.clickOn("#next-uncertain");
        until("the next uncertain split", () -> selected() == next);
        assertFalse(uncertainRows().contains(uncertain.get(1)));
    }

    @Test
    void whenEverySplitIsFixedTheCountSaysSoAndTheButtonIsOff(FxRobot robot) throws IOException {
        fixture.pasteListing(robot, listing());
        int n = uncertainRows().size();
        for (int k = 0; k < n; k++) {
            robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
            int before = n - k - 1;
            until("the count to drop", () -> fixture.window.previewSheet().uncertainLeft() == before);
            if (before > 0) {
                robot.type(KeyCode.F8);
                until("an uncertain row", () -> fixture.window.previewSheet().table().getSelectionModel()
                        .getSelectedItem().uncertain());
            }
        }
        assertEquals(List.of(), uncertainRows());
        assertEquals("Every title/abstract split looks certain.", legend());
        assertTrue(fx(() -> fixture.window.previewSheet().view().lookup("#next-uncertain").isDisabled()));
    }
}
