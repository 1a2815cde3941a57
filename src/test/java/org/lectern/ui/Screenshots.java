package org.lectern.ui;

import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.store.Families;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.Papers;
import org.lectern.ui.theme.Theme;

/**
 * Renders the real window, with the seed imported, to PNGs for the docs:
 * {@code mvn test -Dtest=Screenshots -Dlectern.screenshots=$PWD/docs}.
 */
@EnabledIfSystemProperty(named = "lectern.screenshots", matches = ".+")
class Screenshots {
    @RegisterExtension
    static final ScreenshotWindow window = ScreenshotWindow.on(Screenshots::populate, 28);

    /** The seed, as a reader who has started on it would have it. */
    static void populate(Library library) throws Exception {
        String seed = Files.readString(Path.of(Screenshots.class.getResource("/listings/seed-ernie-and-friends.txt").toURI()));
        ParseResult r = Listings.parse(seed);
        new Importer(library).commit("seed-ernie-and-friends.txt", r.format(), r.papers(), r.diagnostics().size(), f -> { });
        Papers papers = new Papers(library);
        List<Paper> all = papers.all(PaperFilter.all());
        Families families = new Families(library);
        families.create("ERNIE", "model", "shared model name", all.stream()
                .filter(p -> p.title().startsWith("ERNIE")).map(Paper::id).toList(), "rule");
        families.create("Audio generation", "topic", "audio, music, sound", all.stream()
                .filter(p -> p.title().toLowerCase().matches(".*(audio|music|sound|foley).*")).map(Paper::id).toList(), "rule");
        families.create("Efficient LLMs", "topic", "quantization, small models", all.stream()
                .filter(p -> p.title().matches(".*(QAT|MobileLLM|Sub-billion|Quantiz|Folding Attention).*")).map(Paper::id).toList(), "rule");
        int i = 0;
        for (Paper p : all) {
            if (p.title().startsWith("ERNIE")) {
                if (i < 5) papers.setStatus(p.id(), Status.READ);
                else if (i < 7) papers.setStatus(p.id(), Status.QUEUED);
                i++;
            }
        }
        Paper mobile = all.stream().filter(p -> p.title().startsWith("MobileLLM")).findFirst().orElseThrow();
        papers.setStatus(mobile.id(), Status.READING);
        papers.addTag(mobile.id(), "on-device");
        papers.addTag(mobile.id(), "to-reproduce");
        papers.saveNote(mobile.id(), "## Takeaways\n- Deep and thin beats wide at 125M/350M.\n- Embedding sharing saves ~16% of parameters.\n\nTry the block-wise weight sharing on our 300M model.");
        for (Paper p : all) {
            if (p.title().contains("Audio") || p.title().contains("Music")) papers.addTag(p.id(), "audio");
        }
    }

    private void shoot(String name) throws Exception {
        window.shoot(ScreenshotWindow.out().resolve(name));
    }

    private void selectTitleStarting(String prefix) {
        until("the paper " + prefix, () -> {
            var items = window.fixture.window.table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).title().startsWith(prefix)) {
                    window.fixture.window.table().getSelectionModel().clearAndSelect(i);
                    window.fixture.window.table().scrollTo(Math.max(0, i - 4));
                    return true;
                }
            }
            return false;
        });
        until("its detail", () -> window.fixture.window.detail().paper() != null
                && window.fixture.window.detail().paper().title().startsWith(prefix));
    }

    @Test
    void render() throws Exception {
        selectTitleStarting("MobileLLM");
        settle();
        shoot("main-light.png");

        fx(() -> {
            Theme.DARK.apply(window.stage.getScene());
            return null;
        });
        settle();
        shoot("main-dark.png");
        fx(() -> {
            Theme.LIGHT.apply(window.stage.getScene());
            return null;
        });

        // the detail pane on its own, at the size the window gives it
        settle();
        javafx.scene.image.Image detail = fx(() -> window.fixture.window.detail().view().snapshot(null, null));
        Png.write(detail, ScreenshotWindow.out().resolve("detail.png"));

        Path listing = window.fixture.file.resolveSibling("daily-papers.txt");
        Files.writeString(listing, Files.readString(Path.of(Screenshots.class.getResource(
                "/listings/dev-daily-papers-2024.txt").toURI())).lines().limit(40)
                .reduce("", (a, b) -> a + b + "\n") + "this line is not a paper\n");
        fx(() -> SystemDrop.dropFiles(window.fixture.window.table().getScene(), List.of(listing.toFile())));
        until("the preview", () -> window.fixture.window.previewSheet() != null && window.fixture.window.previewSheet().filled());
        settle();
        shoot("import-preview.png");
        org.testfx.api.FxRobot robot = new org.testfx.api.FxRobot();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        until("the preview to close", () -> window.fixture.window.previewSheet() == null);
        fx(() -> {
            window.fixture.window.showDropTarget(true);
            return null;
        });
        settle();
        shoot("drop-target.png");
    }

    /** Lets queued background work and a few pulses pass, so the picture is complete. */
    private static void settle() {
        window.settle();
    }
}
