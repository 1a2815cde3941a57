package org.lectern.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.lectern.app.LibraryLocation;
import org.lectern.store.Library;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code lectern} command: the window without a subcommand, headless work with one. */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Organize research papers for reading. Without a command, opens the window.",
        subcommands = {ImportCommand.class, ListCommand.class, ExportCommand.class, QueueCommand.class,
            StatusCommand.class})
public final class LecternCommand implements Callable<Integer> {
    @Option(names = "--library", paramLabel = "PATH",
            description = "The library file (default: $LECTERN_LIBRARY, else the per-user data folder).")
    Path library;

    private final Consumer<Path> openWindow;

    /** {@code openWindow} receives the library path when no subcommand is given. */
    public LecternCommand(Consumer<Path> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.accept(libraryPath());
        return 0;
    }

    Path libraryPath() {
        return LibraryLocation.resolve(library);
    }

    Library openLibrary() {
        return Library.open(libraryPath());
    }
}
