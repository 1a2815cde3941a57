package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window at 1024 by 700, a laptop's: the sheets and panes fit it and say every word whole. */
@ExtendWith(ApplicationExtension.class)
class SmallWindowTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(f -> {
        SeedLibrary.importInto(f.library);
        long one = new org.lectern.store.Papers(f.library).all(org.lectern.library.PaperFilter.all()).get(0).id();
        new org.lectern.store.Families(f.library).create("Audio generation", "topic", "", List.of(one), "rule");
    });

    private void small() {
        fx(() -> {
            Window w = fixture.window.table().getScene().getWindow();
            w.setX(0);
            w.setY(0);
            w.setWidth(1024);
            w.setHeight(700);
            return null;
        });
        until("the window at 1024 by 700", () -> fixture.window.table().getScene().getWidth() == 1024
                && fixture.window.table().getScene().getHeight() <= 700);
        fixture.settleRows(n -> n > 0);
    }

    /** True when {@code n} is drawn wholly inside the scene. */
    private static boolean inScene(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return n.isVisible() && b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= n.getScene().getWidth()
                && b.getMaxY() <= n.getScene().getHeight() && b.getHeight() > 0;
    }

    /** The labels under {@code root} with style class {@code style} whose drawn text is cut short. */
    private static List<String> cut(Node root, String style) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll("." + style)) {
            if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isEmpty()) continue;
            StringBuilder drawn = new StringBuilder();
            for (Node t : l.lookupAll(".text")) if (t instanceof Text text) drawn.append(text.getText());
            if (!drawn.toString().replaceAll("\\s+", " ").strip().equals(l.getText().replaceAll("\\s+", " ").strip())) {
                out.add(l.getText() + " drawn as " + drawn);
            }
        }
        return out;
    }

    @Test
    void theKeySheetIsReadableScrollsByKeyAndClosesWithEsc(FxRobot robot) {
        small();
        fixture.selectInList(0);
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        until("the cheat sheet laid out", () -> fixture.window.reading().cheatSheet() != null
                && fixture.window.reading().cheatSheet().scrollPane().getViewportBounds().getHeight() > 0);
        Node sheet = fx(() -> fixture.window.reading().cheatSheet().view());
        fixture.settle();
        assertTrue(fx(() -> inScene(sheet.lookup(".cheat-title"))), "the title shows");
        assertTrue(fx(() -> sheet.lookupAll(".muted").stream().filter(n -> n.getParent() == sheet.lookup(".cheat-sheet"))
                .allMatch(SmallWindowTest::inScene)), "the footer shows");
        assertTrue(fx(() -> inScene(sheet.lookup(".cheat-sheet"))), "the card fits the window");
        assertEquals(List.of(), fx(() -> cut(sheet, "cheat-description")), "every description whole");
        assertEquals(List.of(), fx(() -> cut(sheet, "cheat-heading")), "every heading whole");

        ScrollPane scroll = fx(() -> fixture.window.reading().cheatSheet().scrollPane());
        assertEquals(0.0, fx(scroll::getVvalue));
        robot.type(KeyCode.PAGE_DOWN);
        until("Page Down scrolls the groups", () -> scroll.getVvalue() > 0);
        double paged = fx(scroll::getVvalue);
        robot.type(KeyCode.UP);
        until("Up scrolls back a little", () -> scroll.getVvalue() < paged);
        robot.type(KeyCode.ESCAPE);
        until("Esc closes the sheet", () -> fixture.window.reading().cheatSheet() == null && !fixture.window.overlayOpen());
    }

    @Test
    void theDetailScrollsAsAWholeNamesEveryStatusAndStaysBelowTheSearchBar() throws Exception {
        small();
        fixture.selectInList(0);
        until("the detail", () -> fixture.window.detail().paper() != null);
        fixture.settle();
        Node detail = fx(() -> fixture.window.detail().view());
        Node content = fx(() -> detail.lookup(".detail-content"));
        Node searchBar = fx(() -> detail.getScene().lookup(".search-bar"));
        assertTrue(fx(() -> content.localToScene(content.getLayoutBounds()).getMinY()
                >= searchBar.localToScene(searchBar.getLayoutBounds()).getMaxY() - 0.5), "the detail starts below the search bar");

        Node choice = fx(() -> detail.lookup(".status-choice"));
        assertEquals(List.of(), fx(() -> cut(choice, "toggle-button")), "every status named whole");
        Bounds pane = fx(() -> detail.localToScene(detail.getLayoutBounds()));
        assertTrue(fx(() -> choice.lookupAll(".toggle-button").stream().map(b -> b.localToScene(b.getLayoutBounds()))
                .allMatch(b -> b.getMinX() >= pane.getMinX() && b.getMaxX() <= pane.getMaxX() + 0.5)), "inside the pane");

        // the pane is lower than its parts: it scrolls, and at its end the whole note box shows
        ScrollPane scroll = fx(() -> (ScrollPane) detail.lookup("#detail-scroll"));
        assertTrue(fx(() -> content.getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight()));
        fx(() -> {
            scroll.setVvalue(1);
            return null;
        });
        Node note = fx(() -> fixture.window.detail().noteEditor());
        until("the note box whole at the end", () -> note.localToScene(note.getLayoutBounds()).getMaxY() <= pane.getMaxY() + 0.5
                && note.localToScene(note.getLayoutBounds()).getHeight() > 40);

        until("the families heading", () -> detail.getScene().lookup("#suggest-families") != null);
        Node suggest = fx(() -> detail.getScene().lookup("#suggest-families"));
        assertEquals(List.of(), fx(() -> cut(suggest.getParent(), "button")), "the families heading's button whole");
    }

    @Test
    void theSidebarNamesEveryEntryWholeAtItsDefaultWidth() {
        small();
        // the sidebar's default share of a window opened at 1024 px (the fixture opens it wider, then narrows it)
        fx(() -> {
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) fixture.window.table().getScene().lookup("#main-split");
            split.setDividerPosition(0, org.lectern.ui.shell.WindowFrame.sidebarShare(1024));
            return null;
        });
        until("the sidebar's entries at that width", () -> {
            Node list = fixture.window.table().getScene().lookup(".sidebar");
            return list != null && list.getLayoutBounds().getWidth() <= 191 && !list.lookupAll(".sidebar-count").isEmpty();
        });
        fixture.settle();
        Node sidebar = fx(() -> fixture.window.table().getScene().lookup(".sidebar"));
        assertEquals(List.of(), fx(() -> cut(sidebar, "label")), "every entry named whole");
    }

    @Test
    void theImportPreviewFitsWithoutASidewaysScrollAndSaysWhatAnUpdateChanges(FxRobot robot) {
        small();
        List<String> lines = new ArrayList<>(WindowFixture.listingLines("/listings/seed-ernie-and-friends.txt", 6));
        String first = lines.get(0);
        int upvotes = Integer.parseInt(first.substring(0, first.indexOf(' ')));
        lines.set(0, (upvotes + 7) + first.substring(first.indexOf(' ')));
        fixture.pasteListing(robot, String.join("\n", lines) + "\n");
        until("the preview", () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
        javafx.scene.control.TableView<org.lectern.ui.importing.PreviewRow> table = fx(() -> fixture.window.previewSheet().table());
        fixture.settle();

        assertTrue(fx(() -> table.lookupAll(".scroll-bar").stream().noneMatch(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())), "no sideways scroll bar");
        assertEquals(List.of(), fx(() -> cut(table.lookup(".column-header-background"), "label")), "every column named whole");
        assertTrue(fx(() -> table.getColumns().get(0).getWidth() >= 36), "the include boxes keep their column");
        Node library = fx(() -> table.lookupAll(".table-cell").stream()
                .filter(c -> c instanceof javafx.scene.control.TableCell<?, ?> cell && "Updated".equals(cell.getText())).findFirst().orElseThrow());
        String change = "upvotes " + upvotes + " \u2192 " + (upvotes + 7);
        assertEquals(change, fx(() -> ((javafx.scene.control.TableCell<?, ?>) library).getTooltip().getText()));
        assertEquals(List.of(), fx(() -> cut(table, "table-cell").stream().filter(c -> c.startsWith("Updated") || c.startsWith("Unchanged")).toList()),
                "the library's word whole");
    }

    @Test
    void theRestoreConfirmationSaysEveryWordWhole(FxRobot robot) {
        small();
        fx(() -> {
            fixture.window.backUpNow();
            return null;
        });
        until("the backup", () -> fixture.window.message().getText().startsWith("Backed up to "));
        fx(() -> {
            fixture.window.showRestore();
            return null;
        });
        until("the restore list", () -> fixture.window.restoreSheet() != null
                && !fixture.window.restoreSheet().view().lookupAll(".list-cell").isEmpty());
        fixture.settle();
        fx(() -> {
            ((javafx.scene.control.ListView<?>) fixture.window.restoreSheet().view().lookup(".list-view")).requestFocus();
            return null;
        });
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        until("the confirmation", () -> fixture.window.restoreSheet().view().lookup("#restore-question") instanceof Labeled q
                && q.isVisible() && !q.getText().isEmpty());
        fixture.settle();
        Node question = fx(() -> fixture.window.restoreSheet().view().lookup("#restore-question"));
        assertTrue(fx(() -> inScene(question)), "the question shows");
        assertEquals(List.of(), fx(() -> cut(question.getParent(), "preview-summary")), "the question whole");
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
    }
}
