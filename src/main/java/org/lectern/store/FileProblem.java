package org.lectern.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What went wrong with a file or folder, in words a reader understands: Java's file errors carry
 * the path alone ("/home/a/backups") or the system's terse reason ("Is a directory").
 */
public final class FileProblem {
    private FileProblem() {
    }

    /** Why working on {@code path} failed with {@code e}: the cause, naming the file or folder at fault. */
    public static String reason(Path path, IOException e) {
        return reason(path, e, null);
    }

    /**
     * {@link #reason(Path, IOException)} for a caller that works through temporary files whose names begin as
     * {@code scratch}'s, in its folder: the reader never sees them, so an error about one names {@code path}.
     */
    public static String reason(Path path, IOException e, Path scratch) {
        Path named = e instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : path;
        boolean temporary = scratch != null && named.getFileName() != null && java.util.Objects.equals(named.getParent(), scratch.getParent())
                && named.getFileName().toString().startsWith(scratch.getFileName().toString());
        Path at = temporary ? path : named;
        String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
        String lower = why.toLowerCase(Locale.ROOT);
        if (e instanceof FileAlreadyExistsException && Files.exists(at) && !Files.isDirectory(at)) {
            return at + " is a file, not a folder; move or rename it so that the folder can be made";
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return "a file stands where a folder is needed on the way to " + at;
        }
        if (lower.contains("is a directory")) return at + " is a folder where a file was to be written";
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) return "permission denied: " + at + " may not be written";
        if (e instanceof NoSuchFileException) return at + (Files.isDirectory(at) ? " takes no new files" : " does not exist");
        if (lower.contains("no space left")) return "the disk holding " + at + " is full";
        if (lower.contains("read-only file system")) return "the disk holding " + at + " is read-only";
        return why.equals(at.toString()) ? e.getClass().getSimpleName() + " on " + at : why;
    }
}
