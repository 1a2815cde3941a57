package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.cli.LecternCommand;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The README's demo library: the arguments {@code mvn javafx:run -Djavafx.args=…} hands the launch fill
 * a library file from the seed listing, then open the window on that file rather than the per-user one.
 */
@ExtendWith(ApplicationExtension.class)
class DemoLibraryTest {
    @TempDir
    Path dir;
    private WindowFixture fixture;
    private Stage stage;

    @AfterEach
    void close() {
        if (fixture == null) return;
        fixture.close();
        fx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void theDemoArgumentsFillTheFileAndOpenTheWindowOnIt(FxRobot robot) throws Exception {
        Path demo = dir.resolve("demo").resolve("library.db");
        Path seed = Path.of(DemoLibraryTest.class.getResource("/listings/seed-ernie-and-friends.txt").toURI());
        AtomicReference<Path> opened = new AtomicReference<>();

        int imported = LecternCommand.commandLine(opened::set).execute("--library", demo.toString(), "import", seed.toString());
        assertEquals(0, imported);
        assertEquals(null, opened.get(), "a command runs without the window");
        int shown = LecternCommand.commandLine(opened::set).execute("--library", demo.toString());
        assertEquals(0, shown);
        assertEquals(demo.toAbsolutePath().normalize(), opened.get().toAbsolutePath().normalize(), "the window is asked for the demo file");

        fixture = new WindowFixture(opened.get());
        fx(() -> {
            stage = new Stage();
            fixture.show(stage);
            return null;
        });
        until("the seed's papers in the window", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        assertEquals("28", fixture.query("SELECT count(*) FROM paper"));
    }
}
