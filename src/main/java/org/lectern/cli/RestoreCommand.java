package org.lectern.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lectern.store.Backups;
import org.lectern.store.DamagedLibraryException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lectern restore FILE}: replaces the library with a backup, keeping a copy of what it replaces. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore the library from a backup (the current library is backed up first).")
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Parameters(paramLabel = "FILE", description = "A backup file (see: lectern backup --list).")
    Path file;

    @Override
    public Integer call() {
        try {
            Path safety = Backups.restore(lectern.services().library(), file);
            lectern.out().println("restored from " + file + "; the replaced library is kept as " + safety);
        } catch (DamagedLibraryException damaged) {
            // SQLite cannot read the library, so it cannot be backed up: it is moved aside instead
            Path aside = Backups.replaceDamaged(lectern.libraryPath(), file);
            lectern.out().println("restored from " + file + "; the damaged library was moved to " + aside);
        }
        return 0;
    }
}
