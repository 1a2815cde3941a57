package org.lectern.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.lectern.lookup.ArxivSettings;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lectern.edit.UndoJournal;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.ui.families.ProposalSheet;
import org.lectern.ui.shell.MainWindow;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real main window on a real library file, for tests: open, read back through SQL, close.
 * Registered as a field ({@code @RegisterExtension final WindowFixture fixture = WindowFixture.perTest();}
 * in a test class extended with TestFX's {@code ApplicationExtension}), it opens a fresh library in a
 * folder of its own before each test, shows the window on it, and closes both after the test.
 */
public final class WindowFixture implements BeforeEachCallback, AfterEachCallback {
    public Path file;
    public Library library;
    public final Background background = Background.daemon();
    public TestWindow window;
    /** Where the window looks papers up; null: where the environment says, as the application does. */
    private ArxivSettings arxiv;
    private final Prepare prepare;
    private Path folder;
    private boolean closed;

    /** What a test puts in the library's folder or the library itself before the window opens on it. */
    public interface Prepare {
        void before(WindowFixture fixture) throws Exception;
    }

    public WindowFixture(Path file) {
        this.file = file;
        this.library = Library.open(file);
        this.prepare = null;
    }

    private WindowFixture(Prepare prepare) {
        this.prepare = prepare;
    }

    /** A fresh window on an empty library before each test. */
    public static WindowFixture perTest() {
        return perTest(fixture -> { });
    }

    /** A fresh window before each test, on a library that {@code prepare} has filled. */
    public static WindowFixture perTest(Prepare prepare) {
        return new WindowFixture(prepare);
    }

    /** The seed listing, committed as an import: 28 papers, no families. */
    public static void seed(WindowFixture fixture) throws IOException {
        ParseResult r = Listings.parse(MainWindowTest.seedText());
        new Importer(fixture.library).commit("seed-ernie-and-friends.txt", r.format(), r.papers(), r.diagnostics().size(), f -> { });
    }

    /**
     * Imports the seed listing behind the window's back, reloads the window, selects the paper in row
     * {@code index} and returns its id once the detail shows it.
     */
    public long seedAndSelect(int index) throws Exception {
        Importer importer = new Importer(library);
        importer.commit(importer.preview("seed", Listings.parse(MainWindowTest.seedText())));
        fx(() -> {
            window.refreshAll();
            return null;
        });
        until("the papers", () -> window.table().getItems().size() == 28
                && window.table().getItems().get(0) != PagedRows.LOADING);
        long id = fx(() -> {
            window.table().getSelectionModel().clearAndSelect(index);
            return window.table().getItems().get(index).id();
        });
        until("the detail", () -> window.detail().paper() != null && window.detail().paper().id() == id);
        return id;
    }

    /** Selects row {@code row} alone and puts the focus in the list, as a reader clicking it does. */
    public void selectInList(int row) {
        fx(() -> {
            window.table().getSelectionModel().clearAndSelect(row);
            window.table().requestFocus();
            return null;
        });
    }

    /** Asks the window for family proposals and returns the sheet once it shows them. */
    public ProposalSheet openFamiliesSheet() {
        fx(() -> {
            window.familiesUi().suggest();
            return null;
        });
        until("the proposals", () -> window.familiesUi().sheet() != null);
        return fx(() -> window.familiesUi().sheet());
    }

    /** Waits until the window is idle with no row still loading. */
    public void settleRows() {
        settleRows(n -> true);
    }

    /** Waits until the window is idle, its table holds a number of rows {@code rows} accepts, none still loading. */
    public void settleRows(IntPredicate rows) {
        until("the window to settle", () -> background.runningProperty().get() == 0
                && rows.test(window.table().getItems().size())
                && !window.table().getItems().contains(PagedRows.LOADING));
    }

    /**
     * Fires on {@code target}, at ({@code x}, {@code y}) in it, the context-menu request a right click makes
     * on a desktop (the headless platform makes none).
     */
    public static void requestContextMenu(Node target, double x, double y) {
        fx(() -> {
            Bounds b = target.localToScreen(target.getBoundsInLocal());
            Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                    b.getMinX() + x, b.getMinY() + y, false, new PickResult(target, b.getMinX() + x, b.getMinY() + y)));
            return null;
        });
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("lectern-window");
        file = folder.resolve("library.db");
        library = Library.open(file);
        closed = false;
        prepare.before(this);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(this::show);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Points the window's arXiv lookups at {@code settings} (a local server); call before {@link #show}. */
    public WindowFixture lookingUpAt(ArxivSettings settings) {
        arxiv = settings;
        return this;
    }

    /** Builds the window into {@code stage} and shows it; call on the FX thread (a TestFX @Start). */
    public void show(Stage stage) {
        ArxivSettings at = arxiv;
        MainWindow built = at == null ? new MainWindow(LibraryServices.of(library), new UndoJournal(), background)
                : new MainWindow(LibraryServices.of(library), new UndoJournal(), background, () -> at);
        built.install(stage, null);
        window = new TestWindow(built);
        stage.show();
    }

    /** Closes the window and the library; a second call does nothing. */
    public void close() {
        if (closed) return;
        closed = true;
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
    /**
     * The first {@code count} papers of a one-line listing under src/test/resources, one a line: enough sure
     * papers beside a few unsure ones for a listing's review share (6%) to hold those.
     */
    public static java.util.List<String> listingLines(String resource, int count) {
        try (java.io.InputStream in = WindowFixture.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .limit(count).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void pasteListing(FxRobot robot, String text) {
        paste(robot, text);
        until("the preview", () -> window.previewSheet() != null && window.previewSheet().filled());
    }

    /** Once the window has loaded, puts {@code text} on the clipboard and presses Ctrl+V in the table. */
    public void paste(FxRobot robot, String text) {
        until("the first load", () -> window.showing().getText().startsWith("Showing"));
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            window.table().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
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
