package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/** The status column's pills hug their text, on a real window: they were stretched over the whole cell. */
@ExtendWith(ApplicationExtension.class)
class StatusPillTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    @Test
    void aPillIsAsWideAndTallAsItsText() {
        fixture.settleRows(n -> n == 28);
        List<double[]> sizes = fx(() -> fixture.window.window().root().lookupAll(".status-pill").stream()
                .filter(Node::isVisible)
                .map(n -> {
                    Region pill = (Region) n;
                    Region cell = (Region) ancestorCell(pill);
                    return new double[] {pill.getWidth(), pill.prefWidth(-1), pill.getHeight(), pill.prefHeight(-1),
                        cell.getWidth(), cell.getHeight()};
                }).toList());
        assertFalse(sizes.isEmpty(), "the table shows status pills");
        for (double[] s : sizes) {
            assertTrue(s[0] <= s[1] + 0.5 && s[2] <= s[3] + 0.5, "pill " + s[0] + "x" + s[2] + ", its text needs " + s[1] + "x" + s[3]);
            assertTrue(s[0] < s[4] - 10 && s[2] < s[5] - 4, "pill " + s[0] + "x" + s[2] + " in a cell of " + s[4] + "x" + s[5]);
        }
    }

    private static Node ancestorCell(Node n) {
        Node at = n;
        while (at != null && !(at instanceof TableCell<?, ?>)) at = at.getParent();
        return at;
    }
}
