package org.lectern.ui;

import java.time.Duration;
import java.time.Instant;

/** With {@code -Dlectern.trace=true}, prints how long after the process started each step of opening took. */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("lectern.trace");
    private static boolean firstRows;

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (!ON) return;
        // the thread's own CPU time beside the wall time: on a busy machine the wall time is mostly waiting
        System.err.println("lectern: " + step + " at " + sinceLaunch() + " ms after launch ("
                + Thread.currentThread().getName() + " " + cpuMillis() + " ms of CPU)");
    }

    /** When the process started, on System.nanoTime's clock; read once. */
    private static volatile long launchNanos = Long.MIN_VALUE;

    // read from /proc where there is one: the management beans and ProcessHandle this took before cost the
    // traced start tens of milliseconds of their own, before the toolkit started, which an untraced start
    // never pays and a benchmark of the start should not count
    private static long sinceLaunch() {
        long launch = launchNanos;
        if (launch == Long.MIN_VALUE) {
            launch = launchFromProc();
            if (launch == Long.MIN_VALUE) {
                Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                launch = System.nanoTime() - Duration.between(start, Instant.now()).toNanos();
            }
            launchNanos = launch;
        }
        return (System.nanoTime() - launch) / 1_000_000;
    }

    private static long launchFromProc() {
        try {
            // the seconds since boot now, and the process's start in clock ticks (100 a second) since boot
            double uptime = Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime")).split(" ")[0]);
            long now = System.nanoTime();
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // the fields after the command's closing parenthesis: state is field 3, start time field 22
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(after[19]);
            return now - (long) (uptime * 1e9) + startTicks * 10_000_000L;
        } catch (java.io.IOException | RuntimeException e) {
            return Long.MIN_VALUE;
        }
    }

    private static long cpuMillis() {
        try {
            // the nanoseconds this thread has run (Linux)
            String sched = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/schedstat"));
            return Long.parseLong(sched.substring(0, sched.indexOf(' '))) / 1_000_000;
        } catch (java.io.IOException | RuntimeException e) {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        }
    }

    /** Says the options the JVM runs with: the image's, and what the launcher added for this launch. */
    public static void jvmOptions() {
        if (!ON) return;
        System.err.println("lectern: JVM options: "
                + String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    private static final java.util.Set<String> MARKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Marks {@code step} the first time only: for steps that repeat later (a reload). */
    public static void once(String step) {
        if (ON && MARKED.add(step)) mark(step);
    }

    /** Marks the first rows on screen, once: after the pulse that lays them out in {@code scene}. */
    public static void firstRows(javafx.scene.Scene scene) {
        if (!ON || firstRows) return;
        firstRows = true;
        if (scene == null) {
            mark(FIRST_ROWS);
            return;
        }
        Runnable[] once = new Runnable[1];
        boolean[] marked = new boolean[1];
        once[0] = () -> {
            if (marked[0]) return;
            marked[0] = true;
            mark(FIRST_ROWS);
            javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** The words of the first-rows line, which the benchmark waits for. */
    public static final String FIRST_ROWS = "first rows shown";
}
