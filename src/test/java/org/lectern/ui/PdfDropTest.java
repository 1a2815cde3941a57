package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.listing.TestPdfs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A folder of downloaded PDFs dropped on the window becomes papers, each with its PDF kept beside the library. */
@ExtendWith(ApplicationExtension.class)
class PdfDropTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    @Test
    void aDroppedFolderOfThreePdfs(FxRobot robot) throws IOException {
        Path folder = Files.createDirectories(fixture.file.resolveSibling("Downloads"));
        TestPdfs.write(folder.resolve("2504.11427v1.pdf"), "arXiv:2504.11427v1 [cs.CV] 15 Apr 2025",
                "NormalCrafter: Learning Temporally Consistent Normals from Video Diffusion Priors",
                List.of("Yanrui Bin", "Wenbo Hu"), null, "Surface normal estimation serves as a cornerstone.");
        TestPdfs.write(folder.resolve("claims.pdf"), "arXiv:2505.22552v1 [cs.CL] 28 May 2025",
                "ClaimPKG: Enhancing Claim Verification via Pseudo-Subgraph Generation", List.of("Hoang Pham"), null,
                "Knowledge graphs help.");
        TestPdfs.write(folder.resolve("tests.pdf"), null, "Targeted Test Selection Approach in Continuous Integration",
                List.of("Pavel Kim", "Ana Lee"), null, "We select tests.");
        until("the first load", () -> fixture.window.showing().getText().startsWith("Showing"));
        SystemDrop drag = fx(() -> SystemDrop.onto(fixture.window.table().getScene()));
        assertEquals(TransferMode.COPY, fx(() -> drag.enter(SystemDrop.carrying(List.of(folder.toFile()), null))));
        assertEquals(TransferMode.COPY, fx(drag::drop));
        until("the preview", () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
        assertEquals(3, fx(() -> fixture.window.previewSheet().table().getItems().size()));
        robot.type(KeyCode.ENTER);
        fixture.untilStored("3 papers", c -> "3".equals(WindowFixture.text(c, "SELECT count(*) FROM paper")));
        until("the files to be kept", () -> {
            try (var s = Files.list(fixture.file.resolveSibling("files"))) {
                return s.count() == 3;
            } catch (IOException e) {
                return false;
            }
        });
        String id = fixture.query("SELECT id FROM paper WHERE arxiv_id = ?", "2504.11427");
        assertTrue(Files.size(fixture.file.resolveSibling("files").resolve(id + ".pdf")) > 0);
        assertEquals("https://arxiv.org/abs/2504.11427", fixture.query("SELECT url FROM paper WHERE id = ?", id));
        assertEquals("[\"Yanrui Bin\",\"Wenbo Hu\"]", fixture.query("SELECT author_names FROM paper WHERE id = ?", id));
        String other = fixture.query("SELECT id FROM paper WHERE arxiv_id IS NULL");
        assertEquals(fixture.file.resolveSibling("files").resolve(other + ".pdf").toUri().toString(),
                fixture.query("SELECT url FROM paper WHERE id = ?", other));
    }
}
