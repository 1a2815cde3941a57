package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window never reads or writes its library's files outside SQLite: a drop of the library (under
 * another name, too) or its write-ahead log is refused, and so is an export over it.
 */
@ExtendWith(ApplicationExtension.class)
class OwnFilesTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    @Test
    void theLibraryDroppedOnItsWindowIsNotRead() throws Exception {
        Path link = Files.createSymbolicLink(fixture.file.resolveSibling("listing.txt"), fixture.file);
        // library.db itself is turned away by its extension before anything looks at it; these are not
        Path wal = fixture.file.resolveSibling("library.db-wal");
        Path shm = fixture.file.resolveSibling("library.db-shm");
        for (Path dropped : List.of(link, wal, shm)) {
            fx(() -> {
                fixture.window.message().setText("");
                SystemDrop.dropFiles(fixture.window.table().getScene(), List.of(dropped.toFile()));
                return null;
            });
            until("the refusal of " + dropped.getFileName(), () -> fixture.window.message().getText().contains("is the library itself"));
            assertNull(fx(() -> fixture.window.previewSheet()));
        }
    }

    @Test
    void anExportOverTheLibraryIsRefusedAndTheLibraryKept() {
        fx(() -> {
            fixture.window.exportTo(org.lectern.export.ExportFormat.JSON, fixture.file);
            return null;
        });
        until("the refusal", () -> fixture.window.message().getText().startsWith("The export failed")
                && fixture.window.message().getText().contains("is the library itself"));
        assertEquals("28", fixture.query("SELECT count(*) FROM paper"));
    }
}
