package org.lectern.app.instance;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.lectern.cli.Invocation;
import org.lectern.cli.LecternCommand;
import org.lectern.ui.LecternApp;

import picocli.CommandLine;

/**
 * Runs the commands other launches hand to the open window, in the window's process, through the
 * same command tree as the command line, against the same library: each command opens its own
 * SQLite connection, which SQLite coordinates with the window's inside one process.
 */
final class ServedCommands implements InstanceServer.Handler {
    private final Path library;
    private final LecternApp.Shown window;

    /** {@code library} is the window's, as {@link RuntimeFolder#canonical} names it. */
    ServedCommands(Path library, LecternApp.Shown window) {
        this.library = library;
        this.window = window;
    }

    @Override
    public int run(Request request, RemoteConsole console) throws IOException {
        Charset charset = charset(request.charset());
        // output goes in 8 KB frames (a long list would otherwise be a frame a line); errors go at
        // once, after the output written before them, so the terminal shows both in order
        PrintWriter out = new PrintWriter(new OutputStreamWriter(console.stdout(), charset), false);
        PrintWriter err = new PrintWriter(new FilterWriter(new OutputStreamWriter(console.stderr(), charset)) {
            @Override
            public void write(int c) throws IOException {
                out.flush();
                super.write(c);
            }

            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                out.flush();
                super.write(chars, off, len);
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                out.flush();
                super.write(s, off, len);
            }
        }, true);
        try {
            if (!RuntimeFolder.canonical(request.library()).equals(library)) {
                err.println("lectern: the window listening here has " + library + " open, not " + request.library());
                return 2;
            }
            if (request.kind() == Request.Kind.FRONT) {
                window.toFront();
                return 0;
            }
            String[] args = request.args().toArray(String[]::new);
            String refusal = refusal(args);
            if (refusal != null) {
                err.println(refusal);
                return 2;
            }
            Invocation invocation = new Invocation(console.stdin(), request.workingDirectory(), request.library());
            CommandLine cli = LecternCommand.commandLine(path -> window.toFront(), invocation);
            cli.setOut(out);
            cli.setErr(err);
            int code = cli.execute(args);
            window.libraryChanged();
            return code;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Why {@code args} must not run in the window's process, or null when they may. */
    private String refusal(String[] args) {
        CommandLine.ParseResult parsed;
        try {
            parsed = LecternCommand.commandLine(path -> { }).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null; // the real run says what is wrong with them
        }
        String command = parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : "";
        return switch (command) {
            case "restore" -> "lectern: the window has " + library + " open: close the window first, then restore "
                    + "(or use File > Restore from backup in the window)";
            case "bench" -> "lectern: bench runs on its own, never in the window's process";
            default -> null;
        };
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
