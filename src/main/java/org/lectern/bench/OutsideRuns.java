package org.lectern.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.lectern.listing.ParsedPaper;
import org.lectern.store.Library;

/**
 * The benchmark's runs of programs outside this process: the sqlite3 shell's floor, the real
 * launcher's first window, and an import by the launcher for its memory.
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

    // ---- the floor: the sqlite3 shell loading the same rows

    void floor(Path dir, List<ParsedPaper> truth) throws IOException, InterruptedException {
        if (!SqliteFloor.available()) {
            report.skip("floor", "the sqlite3 shell is not installed (set LECTERN_SQLITE3 to its path)");
            return;
        }
        Path sql = dir.resolve("floor.sql");
        if (Files.notExists(sql)) {
            step.accept("sqlite3 floor: writing the rows");
            SqliteFloor.writeRows(sql, truth, Library.now());
        }
        step.accept("sqlite3 floor: loading");
        Path floorDb = dir.resolve("floor.db");
        Benchmark.deleteLibrary(floorDb);
        SqliteFloor.Result r = SqliteFloor.load(floorDb, sql);
        report.put("floor", "sqlite3_version", r.version());
        report.put("floor", "seconds", r.seconds());
        report.put("floor", "papers", r.papers());
        report.put("floor", "papers_per_second", truth.size() / r.seconds());
        report.put("floor", "bytes", r.bytes());
    }

    // ---- the real launcher's first window

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
        StringBuilder why = new StringBuilder();
        Optional<WindowProbe> probe = WindowProbe.start(why);
        if (probe.isEmpty()) {
            report.skip("window", why.toString());
            return;
        }
        step.accept("window: launching " + launcher.get() + " " + options.windowRuns() + " times");
        try (WindowProbe p = probe.get()) {
            WindowProbe.Result r = p.measure(launcher.get(), db, options.windowRuns());
            if (r.note() != null) report.put("window", "failed", r.note());
            if (r.seconds().isEmpty()) {
                report.skip("window", r.note());
                return;
            }
            report.put("window", "runs_seconds", r.seconds());
            report.put("window", "first_seconds", r.seconds().get(0));
            report.put("window", "median_seconds", Stats.percentile(r.seconds(), 50));
            report.put("window", "peak_rss_bytes", r.windowPeakRssBytes());
            if (!r.rowsSeconds().isEmpty()) {
                report.put("window", "rows_runs_seconds", r.rowsSeconds());
                report.put("window", "rows_median_seconds", Stats.percentile(r.rowsSeconds(), 50));
            }
        }
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
