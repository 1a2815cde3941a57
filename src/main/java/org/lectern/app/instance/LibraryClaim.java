package org.lectern.app.instance;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A lock file beside the socket that keeps the window and command-line runs on one library apart:
 * a command that runs in its own process holds it shared for as long as it has the library open, and
 * the window holds it alone while it starts listening and while it stops. So the window never opens
 * a library a command line has open, and a command line that finds no window knows none is starting.
 * It is never the library's own file, so SQLite's locks cannot be dropped through it.
 */
final class LibraryClaim implements AutoCloseable {
    private final FileChannel channel;
    private FileLock lock;

    private LibraryClaim(FileChannel channel) {
        this.channel = channel;
    }

    static LibraryClaim open(Path file) throws IOException {
        return new LibraryClaim(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    /** Takes the lock ({@code shared} or alone), calling {@code beforeWaiting} once if it has to wait. */
    void take(boolean shared, Runnable beforeWaiting) throws IOException {
        lock = channel.tryLock(0, Long.MAX_VALUE, shared);
        if (lock == null) {
            beforeWaiting.run();
            lock = channel.lock(0, Long.MAX_VALUE, shared);
        }
    }

    void release() throws IOException {
        if (lock != null) lock.release();
        lock = null;
    }

    @Override
    public void close() throws IOException {
        release();
        channel.close();
    }
}
