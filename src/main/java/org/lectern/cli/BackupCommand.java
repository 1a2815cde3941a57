package org.lectern.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.lectern.store.Backups;
import org.lectern.store.Library;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lectern backup}: a consistent copy of the library, into the backups folder or a named file. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the library.")
final class BackupCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the copy here (default: the backups folder beside the library).")
    Path out;

    @Option(names = "--list", description = "List the backups instead, newest first (none yet: one line on standard error says so).")
    boolean list;

    @Override
    public Integer call() {
        if (list) {
            Path library = lectern.libraryPath();
            List<Path> backups = Backups.list(library);
            backups.forEach(lectern.out()::println);
            // standard output stays a list of files to pipe on; the reader still learns why it is empty
            if (backups.isEmpty()) {
                lectern.err().println("no backups of " + library.toAbsolutePath() + " yet (they are kept in "
                        + Backups.folder(library) + ")");
            }
            return 0;
        }
        Library library = lectern.services().library();
        Path written = out;
        if (out == null) written = Backups.create(library, "manual");
        else {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
                throw new IllegalArgumentException("the folder " + folder + " does not exist; create it or choose another --out");
            }
            Backups.copyTo(library, out);
        }
        lectern.out().println("backed up to " + written);
        return 0;
    }
}
