package org.lectern.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The files of a backups folder: the temporary name a backup is written under (a backup gets its
 * ".db" name only once it is whole and checked), whether a ".db" file is a whole database, and the
 * leftovers of interrupted backups, which are removed.
 */
final class BackupFiles {
    private static final String TEMP_PREFIX = ".lectern-";
    private static final String TEMP_SUFFIX = ".partial";
    /** A temporary file this old is a leftover even when its process id has been reused since. */
    private static final Duration STALE = Duration.ofDays(1);
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private BackupFiles() {
    }

    /** A fresh temporary name in {@code dir}, carrying this process's id so others leave it alone. */
    static Path temporary(Path dir) {
        return dir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
    }

    /**
     * Gives the checked {@code temp} the name {@code target} in one step, never over an existing file:
     * a hard link where the file system has them, else an atomic rename after a check.
     */
    static void install(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
            return;
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (UnsupportedOperationException | IOException noLinks) {
            // below: a rename
        }
        if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes {@code file} and the journal files SQLite may have left beside it. */
    static void deleteWithJournals(Path file) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // tried again at the next backup or listing
            }
        }
    }

    /**
     * Removes what interrupted backups left: temporary files of processes that are gone, ".db" files
     * that are empty or shorter than their header says, ".db" files with a rollback journal beside
     * them (a copy stopped midway, as earlier versions wrote them) and journals of files that are gone.
     */
    static void cleanLeftovers(Path dir) {
        if (!Files.isDirectory(dir)) return;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.toList();
        } catch (IOException e) {
            return; // housekeeping: a folder that cannot be listed is reported by the caller's own use of it
        }
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX)) {
                if (!abandoned(p, name)) continue;
                if (Files.isDirectory(p)) ReadOnlyLibrary.delete(p);
                else deleteWithJournals(p);
            } else if (name.endsWith(".db")) {
                if (!complete(p) || Files.exists(p.resolveSibling(name + "-journal"))) deleteWithJournals(p);
            } else if (name.endsWith("-journal") || name.endsWith("-wal") || name.endsWith("-shm")) {
                String base = name.substring(0, name.lastIndexOf('-'));
                if (!Files.exists(p.resolveSibling(base))) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // tried again next time
                    }
                }
            }
        }
    }

    private static boolean abandoned(Path p, String name) {
        String middle = name.substring(TEMP_PREFIX.length(), name.length() - TEMP_SUFFIX.length());
        int dash = middle.indexOf('-');
        Optional<ProcessHandle> owner = Optional.empty();
        try {
            owner = ProcessHandle.of(Long.parseLong(dash < 0 ? middle : middle.substring(0, dash)));
        } catch (NumberFormatException notOurs) {
            // a name of this shape without a process id is a leftover too
        }
        if (owner.isEmpty() || !owner.get().isAlive()) return true;
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(Instant.now().minus(STALE));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * True when {@code file} is a whole SQLite database: its header is there and the file is as long
     * as the header says. A copy stopped midway fails one or the other.
     */
    static boolean complete(Path file) {
        long size = size(file);
        if (size < 100) return false;
        byte[] header = new byte[100];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, 100) < 100) return false;
        } catch (IOException e) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (header[i] != MAGIC[i]) return false;
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        if (pageSize == 1) pageSize = 65536;
        if (pageSize < 512) return false;
        long pages = Integer.toUnsignedLong(b.getInt(28));
        boolean sizeValid = pages > 0 && b.getInt(24) == b.getInt(92);
        return sizeValid ? size == pages * pageSize : size % pageSize == 0;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
