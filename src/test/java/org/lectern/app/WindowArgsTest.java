package org.lectern.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.lectern.cli.LecternCommand;
import org.lectern.store.LibraryLocation;
import org.lectern.store.StoreException;

import picocli.CommandLine;

/** The window's launch told apart without the command line means what the command line would make of it. */
class WindowArgsTest {
    @Test
    void theWindowsOwnLaunchesAreToldApartAsTheCommandLineReadsThem() {
        for (String[] args : List.of(new String[] {}, new String[] {"--library", "lib/x.db"},
                new String[] {"--library=lib/y.db"}, new String[] {"--library", "with space.db"})) {
            Optional<WindowArgs> fast = WindowArgs.of(args);
            assertTrue(fast.isPresent(), List.of(args).toString());
            CommandLine.ParseResult parsed = LecternCommand.commandLine(p -> { }).parseArgs(args);
            assertTrue(!parsed.hasSubcommand() && !parsed.isUsageHelpRequested(), List.of(args).toString());
            Path explicit = parsed.matchedOptionValue("--library", null);
            assertEquals(LibraryLocation.resolve(explicit), fast.get().library(), List.of(args).toString());
        }
    }

    @Test
    void everythingElseGoesToTheCommandLine() {
        for (String[] args : List.of(new String[] {"list"}, new String[] {"--library", "x.db", "list"},
                new String[] {"--help"}, new String[] {"--version"}, new String[] {"--library"},
                new String[] {"--library", "@args.txt"}, new String[] {"--library", "--help"},
                new String[] {"--library="}, new String[] {"--library", "a\0b"}, new String[] {"import", "x.txt"})) {
            assertEquals(Optional.empty(), WindowArgs.of(args), List.of(args).toString());
        }
    }

    @Test
    void aFailureOpeningTheWindowEndsAsTheCommandLineWouldEndIt() {
        for (RuntimeException failure : List.of(new StoreException("the library x.db is not a Lectern library"),
                new IllegalStateException("the toolkit did not start"))) {
            String[] args = {"--library", "x.db"};
            Consumer<Path> window = p -> {
                throw failure;
            };
            StringWriter fastErr = new StringWriter();
            int fast = WindowArgs.of(args).orElseThrow().run(window, () -> withErr(LecternCommand.commandLine(window), fastErr), args);
            StringWriter cliErr = new StringWriter();
            int cli = withErr(LecternCommand.commandLine(window), cliErr).execute(args);
            assertEquals(cli, fast, failure.toString());
            assertEquals(firstLine(cliErr), firstLine(fastErr));
            assertTrue(fast != 0);
        }
    }

    private static CommandLine withErr(CommandLine cli, StringWriter err) {
        cli.setErr(new PrintWriter(err, true));
        return cli;
    }

    private static String firstLine(StringWriter w) {
        return w.toString().lines().findFirst().orElse("");
    }
}
