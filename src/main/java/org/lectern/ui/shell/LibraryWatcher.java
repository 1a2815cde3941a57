package org.lectern.ui.shell;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.lectern.store.Library;
import org.lectern.store.StoreException;

/**
 * Notices commits made to the library by another process (the command line, a second window) and
 * tells the window to reload. It polls SQLite's data_version on its own thread, so a long import
 * holding the library never makes the JavaFX thread wait.
 */
final class LibraryWatcher implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lectern-library-watcher");
        t.setDaemon(true);
        return t;
    });

    LibraryWatcher(Library library, Runnable onChange, long periodMillis) {
        long[] seen = {-1};
        timer.scheduleWithFixedDelay(() -> {
            try {
                long now = library.dataVersion();
                if (seen[0] >= 0 && now != seen[0]) Platform.runLater(onChange);
                seen[0] = now;
            } catch (StoreException e) {
                // the library is closing or busy; the next tick tries again
            }
        }, 0, periodMillis, TimeUnit.MILLISECONDS); // the first tick sets the baseline at once
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
