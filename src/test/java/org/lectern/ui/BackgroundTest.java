package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BackgroundTest {
    private final Background sameThread = new Background(Runnable::run, Runnable::run);

    @Test
    void successGoesToOnSuccessAndTheCountReturnsToZero() {
        List<Object> heard = new ArrayList<>();
        sameThread.run("adding", () -> 1 + 1, heard::add, heard::add);
        assertEquals(List.of(2), heard);
        assertEquals(0, sameThread.runningProperty().get());
        assertEquals("", sameThread.activityProperty().get());
    }

    @Test
    void failureGoesToOnFailure() {
        List<Throwable> failures = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("boom");
        sameThread.run("failing", () -> {
            throw boom;
        }, ok -> { }, failures::add);
        assertEquals(List.of(boom), failures);
        assertEquals(0, sameThread.runningProperty().get());
    }

    @Test
    void failureWithoutAHandlerGoesToTheDefault() {
        List<Throwable> failures = new ArrayList<>();
        sameThread.setDefaultFailure(failures::add);
        sameThread.run("failing", () -> {
            throw new IllegalArgumentException("x");
        });
        assertEquals(1, failures.size());
    }

    @Test
    void workAsideDoesNotHoldUpTheQueue() throws Exception {
        java.util.concurrent.ExecutorService queue = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.ExecutorService aside = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            Background background = new Background(queue, aside, Runnable::run);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CompletableFuture<String> queued = new java.util.concurrent.CompletableFuture<>();
            background.aside(null, () -> release.await(30, java.util.concurrent.TimeUnit.SECONDS), ok -> { }, e -> { });
            background.run("reading", () -> "read", queued::complete);
            // the queue's task is done while the one aside still waits
            assertEquals("read", queued.get(10, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(1, background.runningProperty().get(), "the work aside still counts as running");
            release.countDown();
        } finally {
            queue.shutdownNow();
            aside.shutdownNow();
        }
    }
}
