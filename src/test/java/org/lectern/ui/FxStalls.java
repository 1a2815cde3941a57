package org.lectern.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * How long the FX thread went without answering, measured two ways while a test drives the window:
 * <ul>
 * <li><b>stall</b>: a heartbeat thread hands the FX thread a tiny task every 5 ms and waits for it; the
 * longest wait is the longest time a key press or a click would have waited too (the FX thread was busy);</li>
 * <li><b>frame gap</b>, with {@code -Dlectern.large.frames=true}: the longest time between two frames, as a
 * frame timer sees it. The timer asks for a frame every 16 ms and each frame first waits for the software
 * renderer to finish the one before, so while it runs the stalls include that waiting too.</li>
 * </ul>
 * With {@code -Dlectern.large.stalls=true} the heartbeat also samples the FX thread's stack every 2 ms while
 * a beat is over 30 ms late, and {@link #reset} prints the commonest stacks: where the time went.
 */
final class FxStalls {
    private static final boolean SAMPLE = Boolean.getBoolean("lectern.large.stalls");
    // a frame timer asks for a frame every 16 ms, and each frame first waits for the one before to be drawn:
    // it changes what it measures, so it runs only when asked for
    private static final boolean FRAMES = Boolean.getBoolean("lectern.large.frames");
    private static final long LATE_NANOS = 30_000_000L;

    /**
     * One phase's figures, in ms: the longest stall, how much of it the FX thread spent running (the rest it
     * waited: for the renderer, a lock, a garbage collection, or a core the machine's other work held), and
     * the longest frame gap.
     */
    record Figures(long stall, long running, long frameGap, long at, long phase) {
        @Override
        public String toString() {
            return "stall " + stall + " ms (FX thread running " + running + " ms of it, " + at + " ms into a phase of "
                    + phase + " ms" + (FRAMES ? "; frame gap " + frameGap : "") + ")";
        }
    }

    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private volatile long longestStall;
    private volatile long longestStallRunning;
    private volatile long longestStallAt;
    private volatile long phaseStart = System.nanoTime();
    private final Map<String, Integer> stacks = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Thread fxThread;
    private java.util.concurrent.ScheduledExecutorService heartbeat;
    private final Frames frames = new Frames();

    /** Starts the heartbeat and the frame timer; call on the FX thread. */
    void start() {
        fxThread = Thread.currentThread();
        running = true;
        if (FRAMES) frames.start();
        heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fx heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, 0, 5, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void stop() {
        running = false;
        if (heartbeat != null) heartbeat.shutdownNow();
        Platform.runLater(frames::stop);
    }

    /** The figures since the last reset, and starts a new phase. */
    Figures reset() {
        printStacks();
        synchronized (this) {
            long now = System.nanoTime();
            Figures f = new Figures(longestStall / 1_000_000, longestStallRunning / 1_000_000, frames.reset(),
                    (longestStallAt - phaseStart) / 1_000_000, (now - phaseStart) / 1_000_000);
            longestStall = 0;
            longestStallRunning = 0;
            phaseStart = now;
            return f;
        }
    }

    /** One heartbeat: a tiny task handed to the FX thread, timed until it has run. */
    private void beat() {
        if (!running) return;
        Thread fx = fxThread;
        long cpu = threads.getThreadCpuTime(fx.getId());
        long posted = System.nanoTime();
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(ran::countDown);
        try {
            while (!ran.await(2, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!running) return;
                if (SAMPLE && System.nanoTime() - posted > LATE_NANOS) sample();
            }
            long waited = System.nanoTime() - posted;
            long busy = threads.getThreadCpuTime(fx.getId()) - cpu;
            synchronized (this) {
                if (waited > longestStall) {
                    longestStall = waited;
                    longestStallRunning = busy;
                    longestStallAt = posted;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sample() {
        Thread fx = fxThread;
        if (fx == null) return;
        StringBuilder key = new StringBuilder();
        int depth = 0;
        for (StackTraceElement f : fx.getStackTrace()) {
            boolean ours = f.getClassName().startsWith("org.lectern");
            if (depth < 14 || ours) key.append("\n      ").append(f);
            if (++depth > 80) break;
        }
        stacks.merge(key.toString(), 1, Integer::sum);
    }

    private void printStacks() {
        if (!SAMPLE || stacks.isEmpty()) return;
        System.out.println("[stalls] FX thread stacks, sampled every 2 ms while a heartbeat was over 30 ms late:");
        stacks.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                .forEach(e -> System.out.println("  " + e.getValue() + " samples:" + e.getKey()));
        stacks.clear();
    }

    /** The longest time between two frames. */
    private static final class Frames extends AnimationTimer {
        private long last;
        private final AtomicLong longest = new AtomicLong();

        @Override
        public void handle(long now) {
            if (last != 0) longest.accumulateAndGet(now - last, Math::max);
            last = now;
        }

        long reset() {
            return longest.getAndSet(0) / 1_000_000;
        }
    }
}
