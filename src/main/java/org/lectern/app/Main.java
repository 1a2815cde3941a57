package org.lectern.app;

import org.lectern.cli.LecternCommand;
import org.lectern.store.StoreException;
import org.lectern.ui.LecternApp;

import picocli.CommandLine;

/** Starts Lectern: the window without a subcommand, the command line with one. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new LecternCommand(LecternApp::open));
        // A store or input problem is the reader's to fix: say it in one line, no stack trace.
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof StoreException || e instanceof IllegalArgumentException
                    || e instanceof java.io.IOException) {
                cmd.getErr().println("lectern: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        // The window's launch returns only when it closes, so both paths end here.
        System.exit(cli.execute(args));
    }
}
