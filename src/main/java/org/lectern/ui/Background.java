package org.lectern.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one way the window runs work off the JavaFX thread: the work runs on a single background
 * executor (so library changes keep their order), its result or failure is handed back on the FX thread.
 * Tests may pass a same-thread executor.
 */
public final class Background {
    private final Executor work;
    private final Executor aside;
    private final Executor fx;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity", "");
    private volatile Consumer<Throwable> defaultFailure = e -> e.printStackTrace();
    private volatile boolean closed;

    public Background(Executor work, Executor fx) {
        this(work, work, fx);
    }

    /** With {@code aside} for the long work that must not hold up the rest ({@link #aside}). */
    public Background(Executor work, Executor aside, Executor fx) {
        this.work = work;
        this.aside = aside;
        this.fx = fx;
    }

    /** One daemon thread for the work, another for the work aside, the JavaFX thread for the results. */
    public static Background daemon() {
        return new Background(thread("lectern-background"), thread("lectern-aside"), Background::onFx);
    }

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }

    /** Where failures go when a task names no handler of its own (shown in the status bar). */
    public void setDefaultFailure(Consumer<Throwable> handler) {
        defaultFailure = handler;
    }

    /** Runs {@code task} in the background; {@code onSuccess} receives its result on the FX thread. */
    public <T> void run(String what, Callable<T> task, Consumer<? super T> onSuccess) {
        run(what, task, onSuccess, null);
    }

    /** As {@link #run(String, Callable, Consumer)}, with {@code onFailure} (on the FX thread) for errors. */
    public <T> void run(String what, Callable<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(work, what, task, onSuccess, onFailure);
    }

    /**
     * As {@link #run(String, Callable, Consumer, Consumer)}, but beside the queue rather than in it: for long
     * work that needs no order with the rest, such as the daily backup (through a connection of its own), which
     * otherwise held up the first paper's detail and every search behind it for as long as the copy took.
     */
    public <T> void aside(String what, Callable<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(aside, what, task, onSuccess, onFailure);
    }

    private <T> void submit(Executor on, String what, Callable<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (closed) return; // the window is closing: late page loads and detail reads have no one to show them to
        started(what);
        Runnable job = () -> {
            T result;
            try {
                result = task.call();
            } catch (Throwable e) {
                fx.execute(() -> {
                    finished();
                    (onFailure != null ? onFailure : defaultFailure).accept(e);
                });
                return;
            }
            fx.execute(() -> {
                finished();
                onSuccess.accept(result);
            });
        };
        try {
            on.execute(job);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            fx.execute(this::finished); // shut down between the check and the hand-over
        }
    }

    /** Runs {@code action} in the background with no result to hand back. */
    public void run(String what, Runnable action) {
        run(what, () -> {
            action.run();
            return null;
        }, ignored -> { });
    }

    private void started(String what) {
        fx.execute(() -> {
            running.set(running.get() + 1);
            if (what != null && !what.isEmpty()) activity.set(what);
        });
    }

    private void finished() {
        running.set(running.get() - 1);
        if (running.get() == 0) activity.set("");
    }

    /**
     * Counts as one more running task until the returned action runs: for work the window holds back
     * for a moment, so that whoever waits for the background to be idle waits for it too.
     */
    public Runnable hold() {
        started(null);
        boolean[] released = {false};
        return () -> fx.execute(() -> {
            if (released[0]) return;
            released[0] = true;
            finished();
        });
    }

    /** Hands {@code e} to where failures go when a task names no handler of its own. */
    public void fail(Throwable e) {
        defaultFailure.accept(e);
    }

    /** How many tasks are queued or running. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The latest named task still running, for the status bar. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Waits up to {@code millis} for queued work to finish (on close, so notes are written). */
    public void drain(long millis) {
        closed = true;
        // work aside is not waited for: a backup cut short leaves a temporary file the next one removes
        if (aside != work && aside instanceof ExecutorService service) service.shutdown();
        if (work instanceof ExecutorService service) {
            service.shutdown();
            try {
                service.awaitTermination(millis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
