package org.lectern.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The libraries this process has open, closed by a shutdown hook when the process is asked to stop
 * (SIGTERM, SIGINT, logout): the connection is closed, so the write-ahead log is folded back into the
 * file and the locks are released before the process is gone, rather than left to the next opener.
 */
final class OpenLibraries {
    /** How long the shutdown waits for one library's running statement to stop. */
    private static final long CLOSE_TIMEOUT_MILLIS = 5000;
    private static final Set<Library> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private OpenLibraries() {
    }

    static void register(Library library) {
        if (!hooked) hook();
        OPEN.add(library);
    }

    static void unregister(Library library) {
        OPEN.remove(library);
    }

    private static synchronized void hook() {
        if (hooked) return;
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(OpenLibraries::closeAll, "lectern-shutdown"));
        } catch (IllegalStateException alreadyStopping) {
            // the process is already stopping: nothing new is opened then
        }
        hooked = true;
    }

    private static void closeAll() {
        for (Library library : OPEN.toArray(Library[]::new)) library.closeForShutdown(CLOSE_TIMEOUT_MILLIS);
    }
}
