package org.lectern.ui.families;

import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.store.Library;
import org.lectern.ui.Png;
import org.lectern.ui.ScreenshotWindow;
import org.lectern.ui.WindowFixture;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the proposed-families sheet on the seed to docs/families.png, as {@code org.lectern.ui.Screenshots}
 * renders the others: {@code mvn test -Dtest=FamiliesScreenshot -Dlectern.screenshots=$PWD/docs}.
 */
@EnabledIfSystemProperty(named = "lectern.screenshots", matches = ".+")
class FamiliesScreenshot {
    @TempDir
    static Path dir;
    static ScreenshotWindow window;
    static WindowFixture fixture;
    static Stage stage;

    static {
        ScreenshotWindow.sizeHeadlessScreen();
    }

    @BeforeAll
    static void open() throws Exception {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            FamiliesWindowTest.importSeed(library);
        }
        window = ScreenshotWindow.open(file, 28);
        fixture = window.fixture;
        stage = window.stage;
    }

    @AfterAll
    static void close() throws Exception {
        window.close();
    }

    @Test
    void render() throws Exception {
        fx(() -> {
            fixture.window.familiesUi().suggest();
            return null;
        });
        until("the proposals", () -> fixture.window.familiesUi().sheet() != null);
        // the first proposal shows its papers, as a reader checking it would
        fx(() -> {
            fixture.window.familiesUi().sheet().view().lookupAll(".proposal-members").stream()
                    .findFirst().ifPresent(n -> ((TitledPane) n).setExpanded(true));
            return null;
        });
        window.settle();
        window.shoot(Path.of(System.getProperty("lectern.screenshots")).resolve("families.png"));
    }
}
