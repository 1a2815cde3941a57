package org.lectern.app;

import org.lectern.cli.LecternCommand;
import org.lectern.ui.LecternApp;

/** Starts Lectern: the window without a subcommand, the command line with one. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The window's launch returns only when it closes, so both paths end here.
        System.exit(LecternCommand.commandLine(LecternApp::open).execute(args));
    }
}
