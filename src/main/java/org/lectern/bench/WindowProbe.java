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
 * Cold start of a launcher: from starting it (Lectern's {@code bin/lectern --library FILE}, or the
 * minimal JavaFX window's) to a visible window with its title, as X sees it
 * ({@code xdotool search --onlyvisible}).
 * Uses $DISPLAY when set, else starts its own Xvfb; without either it reports why it was skipped.
 */
final class WindowProbe implements AutoCloseable {
    /**
     * What the window prints (with -Dlectern.trace=true) once its first rows are laid out: the words of
     * the window's StartupTrace, read here from the process's output, so the benchmark needs no UI class
     * (a test checks the two agree).
     */
    static final String FIRST_ROWS = "first rows shown";
    /** How long a window may take to show: minutes, on a machine shared by many builds (a quiet one needs 1-3 s). */
    private static final int WAIT_SECONDS = 240;
    /** The title of Lectern's window, as xdotool matches it (a regular expression). */
    static final String LECTERN_TITLE = "Lectern";
    /** The title of the minimal JavaFX window (src/packaging/minimal-window). */
    static final String MINIMAL_TITLE = "Minimal JavaFX window";

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

    /**
     * The minimal JavaFX window's launcher, built beside Lectern's image by mvn package
     * ({@code target/minimal-window/bin/lectern}, src/packaging/minimal-window.sh).
     */
    static Optional<Path> findMinimal(Path explicit, Path lecternLauncher) {
        if (explicit != null) return Files.isExecutable(explicit) ? Optional.of(explicit) : Optional.empty();
        List<Path> candidates = new ArrayList<>();
        Path image = lecternLauncher.toAbsolutePath().getParent().getParent();
        if (image.getParent() != null) candidates.add(image.resolveSibling("minimal-window").resolve("bin").resolve("lectern"));
        candidates.add(Path.of("target", "minimal-window", "bin", "lectern"));
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
                Process x = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset")
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

    /**
     * Starts {@code launcher} with {@code args}, waits for a visible window whose title matches
     * {@code title} (and, with {@code rows}, for the window's first-rows line), reads the process's peak
     * resident memory 3 s after it showed, then ends it. {@code log} receives the process's output.
     */
    Run once(Path launcher, List<String> args, String title, boolean rows, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", display);
        // the window says when its first rows are on screen (lectern.trace); the java launcher reads this variable
        pb.environment().merge("JDK_JAVA_OPTIONS", "-Dlectern.trace=true", (was, add) -> was + " " + add);
        long start = System.nanoTime();
        Process app = pb.start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            boolean shown = false;
            while (System.nanoTime() < deadline && app.isAlive()) {
                if (windowVisible(title)) {
                    shown = true;
                    break;
                }
                Thread.sleep(10);
            }
            if (!shown) {
                String said = Files.exists(log) ? Files.readString(log).strip() : "";
                if (said.length() > 300) said = "..." + said.substring(said.length() - 300);
                return Run.failed("the window \"" + title + "\" did not appear within " + WAIT_SECONDS + " s"
                        + (app.isAlive() ? "" : " (the launcher exited with " + app.exitValue() + ")")
                        + (said.isEmpty() ? "" : ": " + said));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Double rowsSeconds = null;
            // then the first rows: the line the window prints when it has laid them out
            while (rows && System.nanoTime() < deadline && app.isAlive()) {
                if (Files.exists(log) && Files.readString(log).contains(FIRST_ROWS)) {
                    rowsSeconds = (System.nanoTime() - start) / 1e9;
                    break;
                }
                Thread.sleep(5);
            }
            // Let the first page of the library load, then read the window process's peak memory.
            Thread.sleep(3_000);
            return new Run(seconds, rowsSeconds, peakRss(app.toHandle()), null);
        } finally {
            stop(app);
        }
    }

    /** One launch: seconds to the window, to its first rows (null when not asked or not seen), its VmHWM. */
    record Run(double seconds, Double rowsSeconds, long peakRssBytes, String failure) {
        static Run failed(String why) {
            return new Run(0, null, 0, why);
        }
    }

    private boolean windowVisible(String title) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", title)
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
