package org.lectern.app;

import org.lectern.app.instance.CommandLineLaunch;
import org.lectern.app.instance.WindowLaunch;
import org.lectern.cli.LecternCommand;
import org.lectern.store.SqliteNative;
import org.lectern.ui.LecternApp;

import picocli.CommandLine;

/** Starts Lectern: the window without a subcommand, the command line with one. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        SqliteNative.useCacheFolder(); // before anything touches SQLite
        // The window's launch returns only when it closes, so both paths end here.
        // Only one process has a library open while a window shows it: later launches hand it their work.
        CommandLine cli = LecternCommand.commandLine(library -> WindowLaunch.open(library, LecternApp::open));
        int code = CommandLineLaunch.execute(cli, args);
        // System.exit does not flush picocli's writers: a long listing would be cut short.
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }
}
