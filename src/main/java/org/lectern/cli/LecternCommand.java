package org.lectern.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.lectern.app.LibraryLocation;
import org.lectern.store.Library;
import org.lectern.store.StoreException;

import picocli.CommandLine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code lectern} command: the window without a subcommand, headless work with one. */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Organize research papers for reading. Without a command, opens the window.",
        subcommands = {ImportCommand.class, ListCommand.class, ExportCommand.class, QueueCommand.class,
            StatusCommand.class, BackupCommand.class, RestoreCommand.class, FamiliesCommand.class,
            BenchCommand.class, TrainSplitterCommand.class})
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

    /**
     * The command line, ready to execute: a store or input problem is the reader's to fix, so it is
     * said in one line with exit code 2, never as a stack trace.
     */
    public static CommandLine commandLine(Consumer<Path> openWindow) {
        CommandLine cli = new CommandLine(new LecternCommand(openWindow));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof StoreException || e instanceof IllegalArgumentException || e instanceof IOException) {
                cmd.getErr().println("lectern: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli;
    }

    Path libraryPath() {
        return LibraryLocation.resolve(library);
    }

    Library openLibrary() {
        return Library.open(libraryPath());
    }
}
