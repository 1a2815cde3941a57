package org.lectern.app.instance;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.lectern.store.LibraryLocation;
import org.lectern.cli.LecternCommand;

import picocli.CommandLine;

/**
 * A command-line run: handed to the window when one has the library open (its output, errors and
 * exit code come back as if it ran here), else run in this process as before, holding the library's
 * claim shared so that no window opens the library meanwhile.
 */
public final class CommandLineLaunch {
    /** A window that keeps closing the socket before taking the request is broken, not busy. */
    private static final int ATTEMPTS = 20;

    private CommandLineLaunch() {
    }

    /** Executes {@code args} on {@code cli} here or in the open window; returns the exit code. */
    public static int execute(CommandLine cli, String[] args) {
        Optional<Path> library = libraryOf(cli, args);
        if (library.isEmpty()) return cli.execute(args);
        RuntimeFolder folder = RuntimeFolder.forThisUser();
        Path socket;
        Path lockFile;
        try {
            socket = folder.socketFor(library.get());
            lockFile = folder.lockFor(library.get());
        } catch (IOException e) {
            return cli.execute(args); // no folder for sockets: no window can be listening either
        }
        Request request = new Request(Request.Kind.RUN, library.get(), Path.of("").toAbsolutePath(),
                Charset.defaultCharset().name(), List.of(args));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            LibraryClaim claim;
            try {
                claim = LibraryClaim.open(lockFile);
                claim.take(true, () -> System.err.println("lectern: waiting for the window on " + library.get() + " to start or close"));
            } catch (IOException e) {
                System.err.println("lectern: cannot take " + lockFile + " (" + e.getMessage() + "); running without it");
                return cli.execute(args);
            }
            Optional<Handoff> window;
            try {
                window = Handoff.connect(socket);
                if (window.isEmpty()) return cli.execute(args); // the claim is held until the command ends
            } finally {
                try {
                    claim.close();
                } catch (IOException e) {
                    // released with the process at the latest
                }
            }
            try {
                OptionalInt code = window.get().run(request, System.in, System.out, System.err);
                if (code.isPresent()) return code.getAsInt();
            } catch (IOException e) {
                // the window closed before taking it: nothing ran, so look again
            }
        }
        System.err.println("lectern: the window on " + library.get() + " does not take commands; close it and try again");
        return 2;
    }

    /**
     * The library {@code args} work on, or empty when they need none or should not be handed over:
     * no command (the window's launch decides for itself), help, version, bench, or arguments that do
     * not parse (the local run says what is wrong).
     */
    static Optional<Path> libraryOf(String[] args) {
        return libraryOf(LecternCommand.commandLine(path -> { }), args);
    }

    /**
     * As above, parsed by {@code cli} itself: building a second command line cost the window's launch
     * a reflective walk over every command. Picocli resets every option before the run parses again.
     */
    private static Optional<Path> libraryOf(CommandLine cli, String[] args) {
        CommandLine.ParseResult parsed;
        try {
            parsed = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.isUsageHelpRequested() || r.isVersionHelpRequested()) return Optional.empty();
        }
        if (!parsed.hasSubcommand() || parsed.subcommand().commandSpec().name().equals("bench")) return Optional.empty();
        Path explicit = parsed.matchedOptionValue("--library", null);
        return Optional.of(LibraryLocation.resolve(explicit).toAbsolutePath());
    }
}
