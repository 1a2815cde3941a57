package org.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files SQLite keeps for a library: the database and its write-ahead log, shared-memory index
 * and rollback journal. Nothing but SQLite may open them: on POSIX systems closing any descriptor of
 * a file drops every lock the process holds on it, so a stray read of the library lets another
 * process believe it is alone and delete the log under the open connection.
 */
public final class LibraryFiles {
    private LibraryFiles() {
    }

    /** The library file and the files SQLite keeps beside it. */
    public static List<Path> of(Path library) {
        String name = String.valueOf(library.getFileName());
        return List.of(library, library.resolveSibling(name + "-wal"), library.resolveSibling(name + "-shm"),
                library.resolveSibling(name + "-journal"));
    }

    /** Whether {@code candidate} is one of the library's files, under any name (compared by file, not by text). */
    public static boolean isPartOf(Path library, Path candidate) {
        for (Path own : of(library)) {
            try {
                // isSameFile compares what stat says on POSIX systems: it opens neither file
                if (Files.exists(own) && Files.exists(candidate) && Files.isSameFile(own, candidate)) return true;
            } catch (IOException e) {
                // a file that vanished while it was compared is not the library's
            }
        }
        return false;
    }

    /** Refuses to read or write {@code candidate} outside SQLite when it is one of the library's files. */
    public static void refuse(Path library, Path candidate) {
        if (isPartOf(library, candidate)) {
            throw new StoreException(candidate + " is the library itself (or one of SQLite's files beside it); "
                    + "it is never read or written as a listing or an export");
        }
    }
}
