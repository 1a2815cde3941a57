package org.lectern.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import picocli.CommandLine;

/** Runs the real command line in this process against a library file, capturing what it prints. */
final class Cli {
    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(Path library, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = LecternCommand.commandLine(p -> {
            throw new IllegalStateException("no window in tests");
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = cli.execute(all);
        return new Result(code, out.toString(), err.toString());
    }
}
