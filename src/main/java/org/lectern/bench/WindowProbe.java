package org.lectern.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cold start of the real launcher: from starting {@code bin/lectern --library FILE} to a visible
 * window whose title contains "Lectern", as X sees it ({@code xdotool search --onlyvisible}).
 * Uses $DISPLAY when set, else starts its own Xvfb; without either it reports why it was skipped.
 */
final class WindowProbe implements AutoCloseable {
    /**
     * What the window prints (with -Dlectern.trace=true) once its first rows are laid out: the words of
     * the window's StartupTrace, read here from the process's output, so the benchmark needs no UI class
     * (a test checks the two agree).
     */
    static final String FIRST_ROWS = "first rows shown";
    /** Launch times in seconds, the window process's peak resident memory, or why there are none. */
    record Result(List<Double> seconds, List<Double> rowsSeconds, long windowPeakRssBytes, String note) {
    }

    private final String display;
    private final Process xvfb;

    private WindowProbe(String display, Process xvfb) {
        this.display = display;
        this.xvfb = xvfb;
    }

    /** The launcher of the runtime image this process runs from, else of target/lectern after a build. */
    static Optional<Path> findLauncher(Path explicit) {
        if (explicit != null) return Files.isExecutable(explicit) ? Optional.of(explicit) : Optional.empty();
        List<Path> candidates = new ArrayList<>();
        ProcessHandle.current().info().command().ifPresent(java -> candidates.add(Path.of(java).resolveSibling("lectern")));
        String image = System.getProperty("lectern.image");
        if (image != null) candidates.add(Path.of(image, "bin", "lectern"));
        candidates.add(Path.of("target", "lectern", "bin", "lectern"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** A display to open windows on, or empty with the reason in {@code why}. */
    static Optional<WindowProbe> start(StringBuilder why) {
        if (!onPath("xdotool")) {
            why.append("xdotool not installed");
            return Optional.empty();
        }
        String env = System.getenv("DISPLAY");
        if (env != null && !env.isBlank()) return Optional.of(new WindowProbe(env, null));
        if (!onPath("Xvfb")) {
            why.append("no DISPLAY and no Xvfb");
            return Optional.empty();
        }
        for (int n = 99; n < 120; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) continue;
            try {
                Process x = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (System.nanoTime() < deadline && x.isAlive()) {
                    if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return Optional.of(new WindowProbe(":" + n, x));
                    Thread.sleep(20);
                }
                x.destroy();
            } catch (IOException e) {
                why.append("cannot start Xvfb: ").append(e.getMessage());
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                why.append("interrupted");
                return Optional.empty();
            }
        }
        why.append("Xvfb did not start on any display from :99 to :119");
        return Optional.empty();
    }

    /** Launches the window {@code runs} times on {@code library}, closing it after each. */
    Result measure(Path launcher, Path library, int runs) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        List<Double> rows = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            Path log = library.resolveSibling("window-" + (i + 1) + ".log");
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--library", library.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("DISPLAY", display);
            // the window says when its first rows are on screen (lectern.trace); the java launcher reads this variable
            pb.environment().merge("JDK_JAVA_OPTIONS", "-Dlectern.trace=true", (was, add) -> was + " " + add);
            long start = System.nanoTime();
            Process app = pb.start();
            boolean shown = false;
            try {
                long deadline = start + TimeUnit.SECONDS.toNanos(60);
                while (System.nanoTime() < deadline && app.isAlive()) {
                    if (windowVisible()) {
                        shown = true;
                        break;
                    }
                    Thread.sleep(10);
                }
                if (!shown) {
                    String said = Files.exists(log) ? Files.readString(log).strip() : "";
                    if (said.length() > 300) said = "..." + said.substring(said.length() - 300);
                    return new Result(seconds, rows, peak, "the window did not appear within 60 s on run " + (i + 1)
                            + (app.isAlive() ? "" : " (the launcher exited with " + app.exitValue() + ")")
                            + (said.isEmpty() ? "" : ": " + said));
                }
                seconds.add((System.nanoTime() - start) / 1e9);
                // then the first rows: the line the window prints when it has laid them out
                while (System.nanoTime() < deadline && app.isAlive()) {
                    if (Files.exists(log) && Files.readString(log).contains(FIRST_ROWS)) {
                        rows.add((System.nanoTime() - start) / 1e9);
                        break;
                    }
                    Thread.sleep(5);
                }
                // Let the first page of the library load, then read the window process's peak memory.
                Thread.sleep(3_000);
                peak = Math.max(peak, peakRss(app.toHandle()));
            } finally {
                stop(app);
            }
        }
        return new Result(seconds, rows, peak, null);
    }

    private boolean windowVisible() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "Lectern")
                .redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return p.exitValue() == 0 && !out.isBlank();
    }

    // the launcher is a script that starts java: the peak of the largest process in its tree
    private static long peakRss(ProcessHandle root) {
        long peak = Memory.peakRss(root.pid());
        for (ProcessHandle h : root.descendants().toList()) peak = Math.max(peak, Memory.peakRss(h.pid()));
        return peak;
    }

    private static void stop(Process app) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(app.toHandle().descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        app.destroy();
        if (!app.waitFor(10, TimeUnit.SECONDS)) {
            tree.forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly().waitFor();
        }
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
            try {
                xvfb.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
