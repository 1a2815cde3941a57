package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.ui.importing.PreviewRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A selection dragged or copied from a browser carries text/html beside the text: the window reads the HTML. */
@ExtendWith(ApplicationExtension.class)
class BrowserDropTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    private static String html(String name) throws IOException {
        try (InputStream in = BrowserDropTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<PreviewRow> previewRows() {
        return fx(() -> List.copyOf(fixture.window.previewSheet().table().getItems()));
    }

    @Test
    void anArxivListingDraggedWithItsHtmlKeepsIdsAndNames() throws IOException {
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        // the plain text a browser sends is flat; the HTML has every field in its own element
        String flat = "[1] arXiv:2504.11427 NormalCrafter Yanrui Bin, Wenbo Hu Surface normal estimation";
        SystemDrop drag = fx(() -> SystemDrop.onto(fixture.window.table().getScene()));
        assertEquals(TransferMode.COPY, fx(() -> drag.enter(SystemDrop.carrying(List.of(), flat, html("arxiv-list-new.html")))));
        assertEquals(TransferMode.COPY, fx(drag::drop));
        until("the preview", () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
        List<PreviewRow> rows = previewRows();
        assertEquals(List.of("2504.11427", "2505.22552"), rows.stream().map(PreviewRow::arxivId).toList());
        assertEquals("NormalCrafter: Learning Temporally Consistent Normals from Video Diffusion Priors",
                rows.get(0).title());
        assertEquals("html", fx(() -> fixture.window.previewSheet().format()));
        // the names are the HTML's, as the import reads the listing again
        fx(() -> {
            ((javafx.scene.control.Button) fixture.window.previewSheet().view().lookup("#import-button")).fire();
            return null;
        });
        fixture.untilStored("2 papers", c -> "2".equals(WindowFixture.text(c, "SELECT count(*) FROM paper")));
        assertEquals("[\"Yanrui Bin\",\"Wenbo Hu\",\"Haoyuan Wang\"]",
                fixture.query("SELECT author_names FROM paper WHERE arxiv_id = ?", "2504.11427"));
    }

    @Test
    void aHuggingFacePagePastedWithItsHtmlKeepsTheCounts(FxRobot robot) throws IOException {
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        String html = html("hf-daily.html");
        fx(() -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "37\nCombining Euclidean and Hyperbolic",
                    DataFormat.HTML, html));
            fixture.window.table().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        until("the preview", () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
        List<PreviewRow> rows = previewRows();
        assertEquals(2, rows.size());
        assertEquals("2510.11827", rows.get(0).arxivId());
        assertEquals(37, rows.get(0).upvotes());
        robot.type(KeyCode.ENTER);
        fixture.untilStored("2 papers", c -> "2".equals(WindowFixture.text(c, "SELECT count(*) FROM paper")));
        assertEquals("37", fixture.query("SELECT upvotes FROM paper WHERE arxiv_id = ?", "2510.11827"));
        assertEquals("3", fixture.query("SELECT comments FROM paper WHERE arxiv_id = ?", "2510.11827"));
    }
}
