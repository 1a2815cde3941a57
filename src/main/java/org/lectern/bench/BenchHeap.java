package org.lectern.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Room for the benchmark itself. It keeps every generated paper in memory (the ground truth its search
 * queries and split checks are made from) beside what it measures, while the image's heap cap is sized
 * for the application, which streams. When the cap is too small for that, the benchmark runs again in
 * a JVM of its own image with a heap that fits; the figures it reports of Lectern's own processes (the
 * launcher's import, the window) are taken from those processes, under the image's cap.
 */
public final class BenchHeap {
    private static final String RELAUNCHED = "lectern.bench.relaunched";

    private BenchHeap() {
    }

    /** The heap the in-process benchmark of {@code papers} papers wants, in bytes. */
    static long wanted(int papers) {
        return Math.max(512L << 20, papers * 10_240L);
    }

    /**
     * When this JVM's heap is smaller than {@code papers} need, runs this JVM's command again with room (its
     * output is this one's) and returns its exit code; empty when this JVM will do.
     */
    public static Optional<Integer> relaunchIfCramped(int papers) throws IOException, InterruptedException {
        long wanted = wanted(papers);
        if (Runtime.getRuntime().maxMemory() >= wanted * 9 / 10 || Boolean.getBoolean(RELAUNCHED)) return Optional.empty();
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (self.command().isEmpty() || self.arguments().isEmpty()) return Optional.empty();
        List<String> command = new ArrayList<>();
        command.add(self.command().get());
        // on the command line, so this cap wins over the image's own and over JDK_JAVA_OPTIONS
        command.add("-Xmx" + (wanted >> 20) + "m");
        command.add("-D" + RELAUNCHED + "=true");
        command.addAll(List.of(self.arguments().get()));
        Process p = new ProcessBuilder(command).inheritIO().start();
        return Optional.of(p.waitFor());
    }
}
