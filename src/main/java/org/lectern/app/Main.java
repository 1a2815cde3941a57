package org.lectern.app;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.lectern.app.instance.CommandLineLaunch;
import org.lectern.app.instance.WindowLaunch;
import org.lectern.cli.LecternCommand;
import org.lectern.edit.UndoJournal;
import org.lectern.store.LibraryServices;
import org.lectern.store.SqliteNative;
import org.lectern.ui.LecternApp;
import org.lectern.ui.StartupTrace;

import picocli.CommandLine;

/**
 * Starts Lectern: the window without a subcommand, the command line with one. The composition root:
 * the window's library services and undo journal are made here, once, and closed here when it
 * closes; a command gets its services from the command line, which opens them once for the command.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        SqliteNative.useCacheFolder(); // before anything touches SQLite
        // The window's launch returns only when it closes, so both paths end here.
        // Only one process has a library open while a window shows it: later launches hand it their work.
        CommandLine cli = LecternCommand.commandLine(library -> WindowLaunch.open(library, Main::window));
        int code = CommandLineLaunch.execute(cli, args);
        // System.exit does not flush picocli's writers: a long listing would be cut short.
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    /**
     * The window on {@code library}, once this launch holds it: opened (and migrated) here, off the
     * JavaFX thread, before the toolkit starts; closed after the window's last work has drained.
     */
    private static void window(Path library, Consumer<LecternApp.Shown> whenShown) {
        try (LibraryServices services = LibraryServices.open(library)) {
            StartupTrace.mark("library open");
            LecternApp.open(services, new UndoJournal(), whenShown);
        }
    }
}
