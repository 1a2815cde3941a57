package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.store.Papers;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The note's Markdown preview in the real window, on a note read from a real library file. */
@ExtendWith(ApplicationExtension.class)
class NotePreviewTest {
    private static final String NOTE = "# Plan\n\nRead *section 4* and **the appendix**.\n\n- one\n- two\n\n"
            + "See [the code](https://example.org/code) and ![a figure](https://example.org/fig.png).\n\n"
            + "[a local file](file:///etc/hosts)\n";
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    private List<Node> previewNodes() {
        return fx(() -> List.copyOf(fixture.window.detail().notePreview().content().lookupAll("*")));
    }

    private List<String> texts(String style) {
        return previewNodes().stream().filter(n -> n instanceof Text t && t.getStyleClass().contains(style))
                .map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void shiftNShowsTheNoteFormattedAndALinkOpensOnlyWhenClicked(FxRobot robot) throws Exception {
        until("the papers", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        long id = fx(() -> fixture.window.table().getItems().get(0).id());
        new Papers(fixture.library).saveNote(id, NOTE);
        fx(() -> {
            fixture.window.refreshAll();
            fixture.window.table().getSelectionModel().clearAndSelect(0);
            fixture.window.table().requestFocus();
            return null;
        });
        until("the note", () -> fixture.window.detail().noteEditor().getText().equals(NOTE));
        until("the list focused", () -> fixture.window.table().isFocused());

        robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
        until("the preview in the editor's place", () -> fixture.window.detail().notePreview().view().getScene() != null
                && fixture.window.detail().noteEditor().getScene() == null);
        assertTrue(texts("md-text").contains("Plan"), "the heading");
        assertEquals(List.of("section 4"), texts("md-em"));
        assertEquals(List.of("the appendix"), texts("md-strong"));
        assertTrue(texts("md-image").contains("[image: a figure]"), "an image is its description");
        assertTrue(previewNodes().stream().noneMatch(n -> n instanceof ImageView), "nothing is fetched");
        assertTrue(previewNodes().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l && l.getText().equals("•")),
                "the list's bullets");

        Hyperlink code = (Hyperlink) previewNodes().stream()
                .filter(n -> n instanceof Hyperlink h && h.getText().equals("the code")).findFirst().orElseThrow();
        Hyperlink local = (Hyperlink) previewNodes().stream()
                .filter(n -> n instanceof Hyperlink h && h.getText().equals("a local file")).findFirst().orElseThrow();
        assertTrue(fx(local::isDisabled), "only web links are handed to the browser");
        assertFalse(fx(() -> fixture.window.message().getText()).contains("example.org"), "nothing opened by showing it");
        robot.clickOn(code);
        // with no browser in the test, the window says the address it would open
        until("the link handed on", () -> fixture.window.message().getText().equals("https://example.org/code"));

        // the next paper's note shows in the preview too; the toggle brings the editor back
        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });
        robot.type(KeyCode.J);
        until("the next paper's empty note", () -> fixture.window.detail().paper() != null
                && fixture.window.detail().paper().id() != id && previewNodes().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Label l && l.getText().equals("(the note is empty)")));
        robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
        until("the editor back", () -> fixture.window.detail().noteEditor().getScene() != null);
        assertNull(fx(() -> fixture.window.detail().notePreview().view().getScene()));

        // n, the note key, leaves the preview for the editor too
        robot.press(KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT);
        until("the preview again", () -> fixture.window.detail().notePreview().view().getScene() != null);
        robot.type(KeyCode.N);
        until("the editor focused", () -> fixture.window.detail().noteEditor().isFocused());
        assertNull(fx(() -> fixture.window.detail().notePreview().view().getScene()));
    }
}
