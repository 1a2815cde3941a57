package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.animation.AnimationTimer;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperDate;
import org.lectern.library.PaperRow;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a big library: time to the first rows, paging to the end, sorting, searching and an
 * import, while a frame timer measures the longest the FX thread went without a frame.
 * Size with {@code -Dlectern.large.papers=100000} (default 10,000 to keep the suite quick).
 */
@ExtendWith(ApplicationExtension.class)
class LargeLibraryTest {
    static final int PAPERS = Integer.getInteger("lectern.large.papers", 10_000);
    @TempDir
    static Path dir;
    static Path file;
    private WindowFixture fixture;
    private long startNanos;
    private long firstRowsMillis;
    private final FxStalls stalls = new FxStalls();

    @BeforeAll
    static void buildLibrary() throws Exception {
        file = dir.resolve("large.db");
        long t = System.nanoTime();
        build(file, PAPERS);
        System.out.printf("[large library] built %,d papers in %d ms%n", PAPERS, (System.nanoTime() - t) / 1_000_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        // each test gets the library as built, whatever an earlier test imported into its own copy
        Path copy = dir.resolve("large-" + System.nanoTime() + ".db");
        Files.copy(file, copy);
        fixture = new WindowFixture(copy);
        stalls.start();
        startNanos = System.nanoTime();
        fixture.show(stage);
    }

    @AfterEach
    void close() {
        stalls.stop();
        fixture.close();
    }

    static void build(Path file, int n) throws Exception {
        ParseResult seed = Listings.parse(Files.readString(Path.of(
                LargeLibraryTest.class.getResource("/listings/dev-daily-papers-2024.txt").toURI())));
        List<ParsedPaper> base = seed.papers();
        try (Library library = Library.open(file)) {
            Importer importer = new Importer(library);
            for (int start = 0; start < n; start += 10_000) {
                List<ParsedPaper> batch = new ArrayList<>();
                for (int i = start; i < Math.min(n, start + 10_000); i++) {
                    ParsedPaper p = base.get(i % base.size());
                    batch.add(new ParsedPaper(i + 1, i % 97, p.title() + " (variant " + i + ")", p.abstractText(),
                            p.authors(), PaperDate.day(LocalDate.of(2020, 1, 1).plusDays(i % 1500)), null, null, null, 1.0, null));
                }
                importer.commit("synthetic " + start, "generated", batch, 0, f -> { });
            }
            // the library the window opens is wholly searchable, as after any import given the time
            assertTrue(library.searchIndex().awaitFilled());
        }
    }

    @Test
    void staysResponsiveOnABigLibrary(FxRobot robot) throws Exception {
        until("the first rows", 90, () -> fixture.window.table().getItems().size() == PAPERS
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        firstRowsMillis = (System.nanoTime() - startNanos) / 1_000_000;
        FxStalls.Figures open = stalls.reset();

        // the scroll bar's thumb dragged from the top to the bottom in about two seconds, a step a frame
        java.util.concurrent.CountDownLatch dragged = new java.util.concurrent.CountDownLatch(1);
        fx(() -> {
            new AnimationTimer() {
                private int step;

                @Override
                public void handle(long now) {
                    fixture.window.table().scrollTo(Math.min(PAPERS - 1, (int) ((long) step * PAPERS / 120)));
                    if (++step > 120) {
                        stop();
                        dragged.countDown();
                    }
                }
            }.start();
            return null;
        });
        assertTrue(dragged.await(90, java.util.concurrent.TimeUnit.SECONDS));
        until("the last page", 90, () -> fixture.window.table().getItems().get(PAPERS - 1) != PagedRows.LOADING);
        // then back up a screen at a time from the keyboard
        fx(() -> {
            fixture.window.table().getSelectionModel().select(PAPERS - 1);
            fixture.window.table().requestFocus();
            return null;
        });
        for (int i = 0; i < 15; i++) robot.type(KeyCode.PAGE_UP);
        FxStalls.Figures scroll = stalls.reset();

        fx(() -> {
            TableColumn<PaperRow, ?> title = fixture.window.table().getColumns().get(0);
            title.setSortType(TableColumn.SortType.ASCENDING);
            fixture.window.table().getSortOrder().setAll(title);
            return null;
        });
        until("sorted by title", 90, () -> fixture.window.table().getItems() instanceof PagedRows r
                && r.sort() == org.lectern.store.Papers.Sort.TITLE && r.isLoaded(0));
        // a reload keeps the order the reader chose (TableView clears it when its list is replaced)
        assertTrue(fx(() -> fixture.window.table().getSortOrder().size() == 1));
        long sortMillis = fixture.window.lastLoadMillis();
        FxStalls.Figures sort = stalls.reset();

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL).write("language model");
        until("the search", 90, () -> fixture.window.showing().getText().contains("language model"));
        long searchMillis = fixture.window.lastLoadMillis();
        FxStalls.Figures search = stalls.reset();

        Path listing = dir.resolve("more.txt");
        Files.writeString(listing, Files.readString(Path.of(
                LargeLibraryTest.class.getResource("/listings/dev-daily-papers-2024.txt").toURI())));
        fx(() -> SystemDrop.dropFiles(fixture.window.table().getScene(), List.of(listing.toFile())));
        until("the preview", () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
        robot.type(KeyCode.ENTER);
        until("the import", 90, () -> fixture.window.previewSheet() == null
                && fixture.window.message().getText().startsWith("Imported"));
        FxStalls.Figures importing = stalls.reset();

        String report = String.format("%,d papers: first rows %d ms after the window was built (%d ms to read); "
                        + "sort by title %d ms; search %d ms; longest FX-thread stall: open %s, scroll %s, sort %s, "
                        + "search %s, drop+preview+import %s",
                PAPERS, firstRowsMillis, fixture.window.lastLoadMillis(), sortMillis, searchMillis,
                open, scroll, sort, search, importing);
        System.out.println("[large library] " + report);
        // only sanity bounds: the software renderer of a headless run is slow and shared machines are slower;
        // the printed numbers are the measurement
        assertTrue(firstRowsMillis < 15_000, report);
        assertTrue(Math.max(Math.max(scroll.stall(), sort.stall()), search.stall()) < 2_000, report);
    }

    @Test
    void aLargeDroppedListingImportsWithoutFreezingTheWindow(FxRobot robot) throws Exception {
        int lines = Integer.getInteger("lectern.large.import", 20_000);
        Path listing = BigListings.write(dir.resolve("large-drop.txt"), lines, "Dropped");
        until("the first rows", 90, () -> fixture.window.table().getItems().size() == PAPERS);
        int before = Integer.parseInt(fixture.query("SELECT count(*) FROM paper"));
        stalls.reset();

        long t0 = System.nanoTime();
        fx(() -> SystemDrop.dropFiles(fixture.window.table().getScene(), List.of(listing.toFile())));
        until("the preview", 120, () -> fixture.window.previewSheet() != null && fixture.window.previewSheet().filled());
        long previewMillis = (System.nanoTime() - t0) / 1_000_000;
        // the frame that lays out the rows belongs to the preview, not to the import
        until("the preview's rows laid out", () -> fixture.window.previewSheet().table().lookupAll(".table-row-cell")
                .stream().anyMatch(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() != null));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        FxStalls.Figures preview = stalls.reset();

        long t1 = System.nanoTime();
        robot.type(KeyCode.ENTER);
        until("the import", 120, () -> fixture.window.previewSheet() == null
                && fixture.window.message().getText().startsWith("Imported"));
        long importMillis = (System.nanoTime() - t1) / 1_000_000;
        FxStalls.Figures importing = stalls.reset();
        String report = String.format("drop of %,d papers onto %,d: preview after %d ms (longest FX-thread %s); "
                + "import %d ms (%,.0f papers/s, longest FX-thread %s)", lines, PAPERS, previewMillis, preview,
                importMillis, lines * 1000.0 / Math.max(1, importMillis), importing);
        System.out.println("[large library] " + report);
        assertTrue(Integer.parseInt(fixture.query("SELECT count(*) FROM paper")) == before + lines, report);
    }
}
