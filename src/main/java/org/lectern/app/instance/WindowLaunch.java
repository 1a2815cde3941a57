package org.lectern.app.instance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.lectern.ui.LecternApp;
import org.lectern.ui.StartupTrace;

/**
 * A launch that opens the window: if a window already has the library open it is brought to the
 * front instead; otherwise this one listens for the launches after it, so that only one process ever
 * has the library open while a window shows it. (A window's process may read the library's files
 * outside SQLite without meaning to, a file chooser sniffing the folder for one; with no other process
 * on the library, the locks that drops protect nobody.)
 */
public final class WindowLaunch {
    private WindowLaunch() {
    }

    /** Opens {@code window} on {@code library}, or brings the window that has it open to the front. */
    public static void open(Path library, BiConsumer<Path, Consumer<LecternApp.Shown>> window) {
        StartupTrace.mark("window launch");
        RuntimeFolder folder = RuntimeFolder.forThisUser();
        LibraryClaim claim;
        InstanceServer server;
        Path canonical;
        try {
            Path socket = folder.socketFor(library);
            canonical = RuntimeFolder.canonical(library);
            claim = LibraryClaim.open(folder.lockFor(library));
            try {
                claim.take(false, () -> System.err.println("lectern: waiting for a lectern command to finish with " + library));
                if (broughtToFront(socket, library)) {
                    claim.close();
                    return;
                }
                Files.deleteIfExists(socket); // nobody answered while this launch holds the claim: a crashed window's
                server = InstanceServer.bind(socket);
                claim.release();
            } catch (IOException | RuntimeException e) {
                claim.close();
                throw e;
            }
        } catch (IOException | UnsupportedOperationException e) {
            System.err.println("lectern: cannot listen for other launches in " + folder + " (" + e.getMessage()
                    + "); commands run beside this window will open the library themselves");
            window.accept(library, shown -> { });
            return;
        }
        StartupTrace.mark("library claimed");
        try {
            window.accept(library, shown -> server.serve(new ServedCommands(canonical, shown)));
        } finally {
            stop(claim, server);
        }
    }

    /** Alone again while handed commands finish and the socket goes, so no launch slips in between. */
    private static void stop(LibraryClaim claim, InstanceServer server) {
        try (claim) {
            try {
                claim.take(false, () -> { });
            } finally {
                server.close();
            }
        } catch (IOException e) {
            System.err.println("lectern: while closing: " + e.getMessage());
        }
    }

    private static boolean broughtToFront(Path socket, Path library) throws IOException {
        Optional<Handoff> running = Handoff.connect(socket);
        if (running.isEmpty()) return false;
        Request front = new Request(Request.Kind.FRONT, library.toAbsolutePath(), Path.of("").toAbsolutePath(),
                Charset.defaultCharset().name(), List.of());
        OptionalInt code = running.get().run(front, InputStream.nullInputStream(), System.out, System.err);
        return code.isPresent();
    }
}
