package org.lectern.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.lectern.store.LibraryLocation;
import org.lectern.store.LibraryFiles;
import org.lectern.store.LibraryServices;
import org.lectern.store.PreviewLibrary;
import org.lectern.store.StoreException;

import picocli.CommandLine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code lectern} command: the window without a subcommand, headless work with one. */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Organize research papers for reading. Without a command, opens the window.",
        subcommands = {ImportCommand.class, ListCommand.class, ExportCommand.class, QueueCommand.class,
            StatusCommand.class, BackupCommand.class, RestoreCommand.class, FamiliesCommand.class,
            BenchCommand.class, ShowCommand.class, EditCommand.class, TagCommand.class, NoteCommand.class,
            DuplicatesCommand.class, MergeCommand.class, RmCommand.class, EnrichCommand.class, TrainSplitterCommand.class})
public final class LecternCommand implements Callable<Integer> {
    // inherited: accepted before the command or after it (lectern list --library x.db)
    @Option(names = "--library", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The library file (default: $LECTERN_LIBRARY, else the per-user data folder).")
    Path library;

    private final Consumer<Path> openWindow;
    private Invocation invocation = Invocation.local();
    /** The library's services for the command being run: opened at its first use, closed when it ends. */
    private LibraryServices services;
    /** The library a dry run reads instead (see {@link #previewServices}), closed like {@link #services}. */
    private PreviewLibrary preview;

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
        LecternCommand root = new LecternCommand(openWindow);
        CommandLine cli = new CommandLine(root);
        cli.setExecutionStrategy(parsed -> {
            try {
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                root.closeServices();
            }
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof StoreException || e instanceof IllegalArgumentException || e instanceof IOException) {
                cmd.getErr().println("lectern: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        ExitCodes.describe(cli);
        TagCommand.acceptDashes(cli);
        return cli;
    }

    /** The command line for a command handed over by another launch: its input, folder and library. */
    public static CommandLine commandLine(Consumer<Path> openWindow, Invocation invocation) {
        CommandLine cli = commandLine(openWindow);
        ((LecternCommand) cli.getCommand()).invocation = invocation;
        cli.registerConverter(Path.class, invocation::resolve);
        cli.registerConverter(File.class, name -> invocation.resolve(name).toFile());
        return cli;
    }

    Path libraryPath() {
        if (library == null && invocation.library() != null) return invocation.library();
        return LibraryLocation.resolve(library);
    }

    InputStream stdin() {
        return invocation.in();
    }

    boolean console() {
        return invocation.console();
    }

    /** A file named on the command line to be read; the library's own files are refused, never read. */
    Path inputFile(String name) {
        Path file = invocation.resolve(name);
        LibraryFiles.refuse(libraryPath(), file);
        return file;
    }

    /**
     * The library's services, the one set the command works with: opened (created or migrated) on the
     * first call, closed by the command line once the command ends.
     */
    LibraryServices services() {
        if (services == null) services = LibraryServices.open(libraryPath());
        return services;
    }

    /**
     * The services a dry run works with: the library read without a single write, or a private library
     * in a temporary folder when the file does not exist yet or needs its schema brought up to date.
     */
    LibraryServices previewServices() {
        if (preview == null) preview = PreviewLibrary.open(libraryPath());
        return preview.services();
    }

    private void closeServices() {
        if (preview != null) {
            preview.close();
            preview = null;
        }
        if (services == null) return;
        services.close();
        services = null;
    }
}
