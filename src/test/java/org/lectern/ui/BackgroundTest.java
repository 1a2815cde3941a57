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
}
