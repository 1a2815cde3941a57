package org.lectern.ui;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.lectern.edit.UndoJournal;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A real main window on a real library file, for tests: open, read back through SQL, close. */
public final class WindowFixture {
    public final Path file;
    public final Library library;
    public final Background background = Background.daemon();
    public TestWindow window;

    public WindowFixture(Path file) {
        this.file = file;
        this.library = Library.open(file);
    }

    /** Builds the window into {@code stage} and shows it; call on the FX thread (a TestFX @Start). */
    public void show(Stage stage) {
        MainWindow built = new MainWindow(LibraryServices.of(library), new UndoJournal(), background);
        built.install(stage, null);
        window = new TestWindow(built);
        stage.show();
    }

    public void close() {
        try {
            fx(() -> {
                window.close();
                return null;
            });
        } finally {
            background.drain(10_000);
            library.close();
        }
    }

    /** Waits until the window's background work is done. */
    public void settle() {
        until("idle", () -> background.runningProperty().get() == 0);
    }

    /** Runs {@code c} on the FX thread and returns its value. */
    public static <T> T fx(Callable<T> c) {
        if (Platform.isFxApplicationThread()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<T> task = new FutureTask<>(c);
        Platform.runLater(task);
        try {
            return task.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition}, evaluated on the FX thread, holds. */
    public static void until(String what, Callable<Boolean> condition) {
        until(what, 30, condition);
    }

    /** As {@link #until(String, Callable)}, waiting at most {@code seconds}. */
    public static void until(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
    }

    /** Waits until {@code condition}, run against a fresh connection to the file, holds. */
    public void untilStored(String what, SqlCheck condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                    return condition.holds(c);
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the library to hold: " + what, e);
        }
    }

    public interface SqlCheck {
        boolean holds(Connection c) throws SQLException;
    }

    /** Pastes {@code text} into the window with Ctrl+V, as a reader does, and waits for its preview. */
    public void pasteListing(FxRobot robot, String text) {
        until("the first load", () -> window.showing().getText().startsWith("Showing"));
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            window.table().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        until("the preview", () -> window.previewSheet() != null && window.previewSheet().filled());
    }

    /** The first column of the first row of {@code sql} through a new connection, as text. */
    public String query(String sql, Object... args) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) s.setObject(i + 1, args[i]);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
