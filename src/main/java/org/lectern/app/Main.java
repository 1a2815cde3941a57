package org.lectern.app;

import java.nio.file.Path;
import java.util.Optional;
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
 * the window gets from here how to open its library's services and its undo journal; a command gets
 * its services from the command line, which opens them once for the command.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        StartupTrace.jvmOptions();
        // The window's launch returns only when it closes, so both paths end here.
        // Only one process has a library open while a window shows it: later launches hand it their work.
        Consumer<Path> openWindow = library -> WindowLaunch.open(library, Main::window);
        // the plain window launch skips building the command line (a reflective walk of every command)
        Optional<WindowArgs> windowOnly = WindowArgs.of(args);
        if (windowOnly.isPresent()) {
            int code = windowOnly.get().run(openWindow, () -> LecternCommand.commandLine(openWindow), args);
            System.out.flush();
            System.err.flush();
            System.exit(code);
        }
        SqliteNative.useCacheFolder(); // before anything touches SQLite
        CommandLine cli = LecternCommand.commandLine(openWindow);
        int code = CommandLineLaunch.execute(cli, args);
        // System.exit does not flush picocli's writers: a long listing would be cut short.
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    /**
     * The window on {@code library}, once this launch holds it: how its services are opened and its
     * undo journal are decided here; the window opens the services beside the toolkit's start, hands
     * them to its init step (off the JavaFX thread) and closes them after its last work.
     */
    private static void window(Path library, Consumer<LecternApp.Shown> whenShown) {
        // on the thread that opens the library beside the toolkit, not before it: reading and comparing
        // the driver's native library and starting its logging took the launch tens of milliseconds
        LecternApp.open(() -> {
            SqliteNative.useCacheFolder(); // before anything touches SQLite
            return LibraryServices.open(library);
        }, new UndoJournal(), whenShown);
    }
}
