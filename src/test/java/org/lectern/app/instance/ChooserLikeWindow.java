package org.lectern.app.instance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.lectern.app.Main;
import org.lectern.library.PaperRow;

/**
 * The real Lectern ({@link Main}) in a process of its own, plus what a file chooser browsing the
 * library's folder does inside the window's process: open and close the library, its -wal and -shm
 * outside SQLite. Test-only; driven through files in the folder named by {@code -Dtest.control}:
 * {@code touch} asks for the chooser's reads ({@code touched-N} answers), {@code close} closes the
 * window, and {@code rows.txt} always holds the rows the window's table shows (title, tab, status).
 */
public final class ChooserLikeWindow {
    private ChooserLikeWindow() {
    }

    public static void main(String[] args) throws Exception {
        Path control = Path.of(System.getProperty("test.control"));
        Path library = Path.of(args[1]);
        java.util.concurrent.ScheduledExecutorService driver = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "chooser-like");
            t.setDaemon(true);
            return t;
        });
        int[] touches = {0};
        driver.scheduleWithFixedDelay(() -> touches[0] = tick(control, library, touches[0]), 0, 50, TimeUnit.MILLISECONDS);
        Main.main(args);
    }

    /** One tick of the fake window's driver: answers the test's requests; returns the touches so far. */
    private static int tick(Path control, Path library, int touches) {
        try {
            if (Files.deleteIfExists(control.resolve("touch"))) {
                for (Path f : List.of(library, library.resolveSibling(library.getFileName() + "-wal"),
                        library.resolveSibling(library.getFileName() + "-shm"))) {
                    if (!Files.exists(f)) continue;
                    try (InputStream in = Files.newInputStream(f)) {
                        in.read(new byte[512]); // a content-type sniff
                    }
                    try (FileChannel c = FileChannel.open(f, StandardOpenOption.READ)) {
                        c.size();
                    }
                }
                Files.writeString(control.resolve("touched-" + (++touches)), "");
            }
            if (Files.deleteIfExists(control.resolve("close"))) Platform.runLater(Platform::exit);
            writeRows(control);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the window is not up yet, or is closing: try again at the next tick
        }
        return touches;
    }

    private static void writeRows(Path control) throws IOException, InterruptedException {
        CompletableFuture<List<String>> shown = new CompletableFuture<>();
        try {
            Platform.runLater(() -> shown.complete(rows()));
        } catch (IllegalStateException notStarted) {
            return;
        }
        List<String> rows;
        try {
            rows = shown.get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return;
        }
        Path tmp = control.resolve("rows.tmp");
        Files.write(tmp, rows);
        Files.move(tmp, control.resolve("rows.txt"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<String> rows() {
        List<String> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w.getScene() == null) continue;
            for (Node n : w.getScene().getRoot().lookupAll(".table-view")) {
                if (!(n instanceof TableView<?> table)) continue;
                for (Object item : table.getItems()) {
                    if (item instanceof PaperRow r) out.add(r.title() + "\t" + r.status().name());
                }
            }
        }
        return out;
    }
}
