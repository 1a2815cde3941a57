package org.lectern.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.lectern.library.PaperFilter;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/**
 * The benchmark's runs of programs outside this process: the sqlite3 shell's floor, the real
 * launcher's first window beside the minimal JavaFX window's, and an import by the launcher for its memory.
 */
final class OutsideRuns {
    private final Benchmark.Options options;
    private final Report report;
    private final Consumer<String> step;

    OutsideRuns(Benchmark.Options options, Report report, Consumer<String> step) {
        this.options = options;
        this.report = report;
        this.step = step;
    }

    // ---- the floor: the sqlite3 shell (else sqlite-jdbc) loading the same rows into a minimal schema

    void floor(Path dir, List<ParsedPaper> truth) throws IOException, InterruptedException {
        Path sql = dir.resolve("floor.sql");
        if (Files.notExists(sql)) {
            step.accept("sqlite3 floor: writing the rows");
            SqliteFloor.writeRows(sql, truth);
        }
        step.accept("sqlite3 floor: loading");
        Path floorDb = dir.resolve("floor.db");
        Benchmark.deleteLibrary(floorDb);
        SqliteFloor.Result r = SqliteFloor.load(floorDb, sql);
        report.put("floor", "engine", r.engine());
        report.put("floor", "seconds", r.seconds());
        report.put("floor", "papers", r.papers());
        report.put("floor", "papers_per_second", truth.size() / r.seconds());
        report.put("floor", "bytes", r.bytes());
        Benchmark.deleteLibrary(floorDb);
    }

    /** Only the first window, on a library made before (to compare builds of the image). */
    void windowOnly(Path library) throws IOException, InterruptedException {
        try (Library l = Library.open(library)) {
            report.put("machine", "papers", new Papers(l).count(PaperFilter.all()));
        }
        window(library);
        report.put("machine", "load_average_at_end", Report.loadAverage());
    }

    /**
     * Lectern's window on {@code db} and the minimal JavaFX window, launched in turns the same way, so
     * both see the same load; each figure of Lectern's is also given as a ratio to the minimal one's.
     */
    void window(Path db) throws IOException, InterruptedException {
        if (!options.window()) {
            report.skip("window", "not asked for (--no-window)");
            return;
        }
        Optional<Path> launcher = WindowProbe.findLauncher(options.launcher());
        if (launcher.isEmpty()) {
            report.skip("window", "no launcher found: build it with mvn -B package, or pass --launcher");
            return;
        }
        Optional<Path> minimal = WindowProbe.findMinimal(options.minimalWindow(), launcher.get());
        if (minimal.isEmpty()) {
            report.skip("minimal_window", "no minimal JavaFX window image: mvn -B package builds it in target/minimal-window,"
                    + " or pass --minimal-window");
        }
        StringBuilder why = new StringBuilder();
        Optional<WindowProbe> probe = WindowProbe.start(why);
        if (probe.isEmpty()) {
            report.skip("window", why.toString());
            return;
        }
        step.accept("window: launching " + launcher.get() + (minimal.isEmpty() ? "" : " and, in turns, " + minimal.get())
                + " " + options.windowRuns() + " times each");
        Window lectern = new Window();
        Window floor = new Window();
        try (WindowProbe p = probe.get()) {
            for (int i = 1; i <= options.windowRuns() && lectern.failure == null; i++) {
                lectern.add(p.once(launcher.get(), List.of("--library", db.toString()), WindowProbe.LECTERN_TITLE, true,
                        db.resolveSibling("window-" + i + ".log")));
                if (minimal.isPresent() && floor.failure == null) {
                    floor.add(p.once(minimal.get(), List.of(), WindowProbe.MINIMAL_TITLE, false,
                            db.resolveSibling("minimal-window-" + i + ".log")));
                }
            }
        }
        if (lectern.seconds.isEmpty()) {
            report.skip("window", lectern.failure);
            return;
        }
        if (lectern.failure != null) report.put("window", "failed", lectern.failure);
        report.put("window", "runs_seconds", lectern.seconds);
        report.put("window", "median_seconds", Stats.percentile(lectern.seconds, 50));
        report.put("window", "peak_rss_bytes", lectern.peakRss);
        if (!lectern.rows.isEmpty()) {
            report.put("window", "rows_runs_seconds", lectern.rows);
            report.put("window", "rows_median_seconds", Stats.percentile(lectern.rows, 50));
        }
        if (minimal.isEmpty()) return;
        if (floor.seconds.isEmpty()) {
            report.skip("minimal_window", floor.failure);
            return;
        }
        if (floor.failure != null) report.put("minimal_window", "failed", floor.failure);
        double floorMedian = Stats.percentile(floor.seconds, 50);
        report.put("minimal_window", "runs_seconds", floor.seconds);
        report.put("minimal_window", "median_seconds", floorMedian);
        report.put("minimal_window", "peak_rss_bytes", floor.peakRss);
        report.put("window", "ratio_to_minimal", Stats.percentile(lectern.seconds, 50) / floorMedian);
        if (!lectern.rows.isEmpty()) report.put("window", "rows_ratio_to_minimal", Stats.percentile(lectern.rows, 50) / floorMedian);
        report.put("window", "rss_ratio_to_minimal", (double) lectern.peakRss / floor.peakRss);
    }

    /** The launches of one window: times, first rows, the highest peak resident memory, a failure. */
    private static final class Window {
        final List<Double> seconds = new ArrayList<>();
        final List<Double> rows = new ArrayList<>();
        long peakRss;
        String failure;

        void add(WindowProbe.Run run) {
            if (run.failure() != null) {
                failure = run.failure();
                return;
            }
            seconds.add(run.seconds());
            if (run.rowsSeconds() != null) rows.add(run.rowsSeconds());
            peakRss = Math.max(peakRss, run.peakRssBytes());
        }
    }

    /** The heap limit and collector the image's JVM runs with (jlink.cfg's --add-options). */
    void imageJvm() throws IOException, InterruptedException {
        Optional<Path> launcher = WindowProbe.findLauncher(options.launcher());
        Path java = launcher.map(l -> l.resolveSibling("java")).filter(Files::isExecutable).orElse(null);
        if (java == null) return;
        Process p = new ProcessBuilder(java.toString(), "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String flags = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        StringBuilder gc = new StringBuilder();
        for (String line : flags.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 4) continue;
            if (f[1].equals("MaxHeapSize")) report.put("memory", "image_max_heap_bytes", Long.parseLong(f[3]));
            if (f[1].equals("MaxGCPauseMillis")) report.put("memory", "image_max_gc_pause_ms", Long.parseLong(f[3]));
            if (f[1].matches("Use(Serial|G1|Parallel|Z|Shenandoah)GC") && f[3].equals("true")) gc.append(f[1], 3, f[1].length() - 2);
        }
        report.put("memory", "image_gc", gc.toString());
    }

    // ---- the import command of the real launcher, for its memory: this process holds the
    // synthetic papers besides, so its own peak says little about what an import needs

    void launcherImport(Path dir, Path listing) throws IOException, InterruptedException {
        if (!options.launcherImport()) {
            report.put("memory", "launcher_import", "not asked for (--no-launcher-import)");
            return;
        }
        Optional<Path> launcher = WindowProbe.findLauncher(options.launcher());
        if (launcher.isEmpty()) {
            report.put("memory", "launcher_import", "skipped: no launcher found (build it with mvn -B package, or pass --launcher)");
            return;
        }
        step.accept("memory: lectern import with the real launcher");
        Path db = dir.resolve("launcher-import.db");
        Process p = new ProcessBuilder(launcher.get().toString(), "--library", db.toString(), "import", listing.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("launcher-import.log").toFile()).start();
        long start = System.nanoTime();
        long peak = 0;
        while (p.isAlive()) {
            peak = Math.max(peak, Memory.peakRss(p.pid()));
            for (ProcessHandle h : p.toHandle().descendants().toList()) peak = Math.max(peak, Memory.peakRss(h.pid()));
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.put("memory", "launcher_import_exit", p.exitValue());
        report.put("memory", "launcher_import_seconds", seconds);
        report.put("memory", "launcher_import_peak_rss_bytes", peak);
        Benchmark.deleteLibrary(db);
    }
}
