package org.lectern.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.lectern.store.LibraryServices;

/**
 * The window's library, opened on a thread of its own so that it opens while the JavaFX toolkit
 * starts instead of after it: both take about as long and need nothing from each other.
 */
final class LibraryOpening {
    private final CompletableFuture<LibraryServices> opened = new CompletableFuture<>();
    private volatile boolean taken;

    private LibraryOpening() {
    }

    /** Starts opening the services {@code opening} opens. */
    static LibraryOpening start(Supplier<LibraryServices> opening) {
        LibraryOpening o = new LibraryOpening();
        Thread t = new Thread(() -> {
            try {
                o.opened.complete(opening.get());
                StartupTrace.mark("library opened beside the toolkit");
                // the default keys are parsed here, beside the toolkit's start, not while the FX thread
                // builds the window: 67 key combinations read from their text took it about 15 ms
                readKeysAhead();
            } catch (RuntimeException | Error e) {
                o.opened.completeExceptionally(e);
            }
        }, "lectern-open");
        t.setDaemon(true);
        t.start();
        return o;
    }

    private static void readKeysAhead() {
        try {
            Keymap.values();
        } catch (RuntimeException | Error e) {
            // the window meets the same failure when it first reads the keys: said here with its cause
            System.err.println("lectern: the default keys cannot be read: " + e);
            e.printStackTrace();
        }
    }

    /**
     * Waits for the services and hands them over: from here on whoever took them closes them. A
     * failure is the store's own error, as if the services had been opened here.
     */
    LibraryServices take() {
        try {
            LibraryServices services = opened.join();
            taken = true;
            return services;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The toolkit did not start ({@code failure}): closes the services nobody took. */
    void closeIfUntaken(Throwable failure) {
        if (taken) return;
        try {
            opened.join().close();
        } catch (CompletionException notOpened) {
            // nothing was opened, so nothing to close
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
