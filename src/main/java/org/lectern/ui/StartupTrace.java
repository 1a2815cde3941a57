package org.lectern.ui;

import java.time.Duration;
import java.time.Instant;

/** With {@code -Dlectern.trace=true}, prints how long after the process started each step of opening took. */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("lectern.trace");
    private static boolean firstRows;

    private StartupTrace() {
    }

    static void mark(String step) {
        if (!ON) return;
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        System.err.println("lectern: " + step + " at " + Duration.between(start, Instant.now()).toMillis()
                + " ms after launch");
    }

    /** Marks the first rows on screen, once. */
    static void firstRows() {
        if (firstRows) return;
        firstRows = true;
        mark("first rows shown");
    }
}
