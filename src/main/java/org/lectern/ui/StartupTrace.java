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
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        // the thread's own CPU time beside the wall time: on a busy machine the wall time is mostly waiting
        long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        System.err.println("lectern: " + step + " at " + Duration.between(start, Instant.now()).toMillis()
                + " ms after launch (" + Thread.currentThread().getName() + " " + cpu + " ms of CPU)");
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
