package org.lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lectern.bench.Benchmark;
import org.lectern.bench.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lectern bench}: the performance benchmark, on a synthetic library in a temporary folder. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure import, search, the sidebar's lists, organizing families, the first window and memory "
                + "on a synthetic library of N papers, each beside its floor: the sqlite3 shell loading the same rows into a minimal "
                + "schema, a minimal JavaFX window started the same way.",
            "Never touches your library: everything happens in a temporary folder."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Option(names = "--papers", paramLabel = "N", defaultValue = "100000", description = "Papers in the synthetic listing (default: ${DEFAULT-VALUE}).")
    int papers;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7", description = "Seed of the synthetic papers and queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--queries-per-kind", paramLabel = "Q", defaultValue = "150",
            description = "Timed search queries of each of the 8 kinds (default: ${DEFAULT-VALUE}).")
    int queriesPerKind;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure as JSON.")
    Path json;

    @Option(names = "--import-runs", paramLabel = "N", defaultValue = "1",
            description = "Imports (and sqlite3 floor loads) to run, taking turns; the fastest of each counts (default: ${DEFAULT-VALUE}).")
    int importRuns;

    @Option(names = "--window-runs", paramLabel = "N", defaultValue = "3", description = "Launches of the window to time (default: ${DEFAULT-VALUE}).")
    int windowRuns;

    @Option(names = "--launcher", paramLabel = "PATH", description = "The launcher to time (default: the one running, else target/lectern/bin/lectern).")
    Path launcher;

    @Option(names = "--minimal-window", paramLabel = "PATH",
            description = "The minimal JavaFX window's launcher, the first window's floor (default: minimal-window/bin/lectern beside the image).")
    Path minimalWindow;

    @Option(names = "--window-on", paramLabel = "LIBRARY",
            description = "Only time the first window (beside the minimal one) on this existing library.")
    Path windowOn;

    @Option(names = "--search-on", paramLabel = "LIBRARY",
            description = "Only time the search pass on this existing library, made by the benchmark with the same --papers and --seed "
                    + "(run it on a copy: opening brings a library up to this build's schema).")
    Path searchOn;

    @Option(names = "--no-window", negatable = false, description = "Skip the first-window measurement.")
    boolean noWindow;

    @Option(names = "--no-launcher-import", negatable = false,
            description = "Skip importing the listing once more with the real launcher to read its peak memory.")
    boolean noLauncherImport;

    @Option(names = "--no-floor", negatable = false, description = "Skip the sqlite3 floor.")
    boolean noFloor;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where to write the listing and libraries (default: a temporary folder).")
    Path workDir;

    @Option(names = "--keep", description = "Keep the listing and libraries afterwards.")
    boolean keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (papers < 10) throw new IllegalArgumentException("--papers must be at least 10");
        if (windowOn == null) {
            // the image's heap cap is the application's; the benchmark's own ground truth may need more
            java.util.Optional<Integer> again = org.lectern.bench.BenchHeap.relaunchIfCramped(papers);
            if (again.isPresent()) return again.get();
        }
        PrintWriter out = lectern.out();
        PrintWriter err = lectern.err();
        Benchmark.Options options = new Benchmark.Options(papers, seed, Math.max(1, queriesPerKind), Math.max(1, windowRuns),
                launcher, workDir, keep, !noWindow, !noFloor, Math.max(1, importRuns),
                !noLauncherImport, minimalWindow, windowOn, searchOn);
        Report report = Benchmark.run(options, err);
        report.print(out);
        if (json != null) {
            report.writeJson(json);
            out.println("JSON: " + json.toAbsolutePath());
        }
        return 0;
    }
}
