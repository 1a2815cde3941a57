package org.lectern.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.lectern.store.LibraryLocation;

import picocli.CommandLine;

/**
 * The launches that only open the window ({@code lectern}, {@code lectern --library PATH}), told
 * apart without the command line: building it walks every command's annotations, which cost the
 * window a tenth of its start-up. Anything else, even a form the command line would also take as
 * opening the window, goes to the command line as before.
 */
final class WindowArgs {
    private final Path library;

    private WindowArgs(Path library) {
        this.library = library;
    }

    /** The window's launch {@code args} ask for, or empty when the command line must read them. */
    static Optional<WindowArgs> of(String[] args) {
        if (args.length == 0) return Optional.of(new WindowArgs(null));
        String value;
        if (args.length == 2 && args[0].equals("--library")) value = args[1];
        else if (args.length == 1 && args[0].startsWith("--library=")) value = args[0].substring("--library=".length());
        else return Optional.empty();
        // what picocli would read otherwise: an option, an @argument-file, nothing
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) return Optional.empty();
        try {
            return Optional.of(new WindowArgs(Path.of(value)));
        } catch (InvalidPathException e) {
            return Optional.empty(); // the command line says what is wrong with it
        }
    }

    /** The library the window opens: the option's, else the default one. */
    Path library() {
        return LibraryLocation.resolve(library);
    }

    /**
     * Opens the window on the library through {@code window}; returns the exit code. A failure is
     * handled as the command line handles one from its command ({@code cli} builds it, only then).
     */
    int run(Consumer<Path> window, Supplier<CommandLine> cli, String[] args) {
        try {
            window.accept(library());
            return 0;
        } catch (RuntimeException e) {
            CommandLine line = cli.get();
            try {
                return line.getExecutionExceptionHandler().handleExecutionException(e, line, line.parseArgs(args));
            } catch (Exception unhandled) {
                unhandled.printStackTrace(line.getErr());
                line.getErr().flush();
                return line.getCommandSpec().exitCodeOnExecutionException();
            }
        }
    }
}
