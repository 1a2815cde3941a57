package org.lectern.ui.families;

import static org.lectern.ui.WindowFixture.fx;

import java.nio.file.Path;

import javafx.scene.control.TitledPane;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.ui.ScreenshotWindow;

/**
 * Renders the proposed-families sheet on the seed to docs/families.png, as {@code org.lectern.ui.Screenshots}
 * renders the others: {@code mvn test -Dtest=FamiliesScreenshot -Dlectern.screenshots=$PWD/docs}.
 */
@EnabledIfSystemProperty(named = "lectern.screenshots", matches = ".+")
class FamiliesScreenshot {
    @RegisterExtension
    static final ScreenshotWindow window = ScreenshotWindow.on(FamiliesWindowTest::importSeed, 28);

    @Test
    void render() throws Exception {
        window.fixture.openFamiliesSheet();
        // the first proposal shows its papers, as a reader checking it would
        fx(() -> {
            window.fixture.window.familiesUi().sheet().view().lookupAll(".proposal-members").stream()
                    .findFirst().ifPresent(n -> ((TitledPane) n).setExpanded(true));
            return null;
        });
        window.settle();
        window.shoot(Path.of(System.getProperty("lectern.screenshots")).resolve("families.png"));
    }
}
