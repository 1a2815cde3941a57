package org.lectern.app.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.store.LibraryLocation;

/** Which launches are handed over, where the sockets live, and that the claim keeps processes apart. */
class LaunchRulesTest {
    @TempDir
    Path dir;

    @Test
    void onlyCommandsOnALibraryAreHandedOver() {
        Path lib = dir.resolve("l.db");
        assertEquals(Optional.empty(), CommandLineLaunch.libraryOf(new String[] {}), "the window's launch decides for itself");
        assertEquals(Optional.empty(), CommandLineLaunch.libraryOf(new String[] {"--library", lib.toString()}));
        assertEquals(Optional.empty(), CommandLineLaunch.libraryOf(new String[] {"--help"}));
        assertEquals(Optional.empty(), CommandLineLaunch.libraryOf(new String[] {"status", "--help"}));
        assertEquals(Optional.empty(), CommandLineLaunch.libraryOf(new String[] {"--version"}));
        assertEquals(Optional.empty(), CommandLineLaunch.libraryOf(new String[] {"bench", "--papers", "10"}));
        assertEquals(Optional.empty(), CommandLineLaunch.libraryOf(new String[] {"no-such-command"}));
        assertEquals(Optional.of(lib), CommandLineLaunch.libraryOf(new String[] {"--library", lib.toString(), "status", "x", "read"}));
        assertEquals(Optional.of(Path.of("rel.db").toAbsolutePath()), CommandLineLaunch.libraryOf(new String[] {"--library", "rel.db", "list"}));
        assertEquals(Optional.of(LibraryLocation.resolve(null).toAbsolutePath()), CommandLineLaunch.libraryOf(new String[] {"list"}));
    }

    @Test
    void socketsLiveInAShortPerUserFolder() {
        assertEquals(Path.of("/run/user/1000/lectern"),
                RuntimeFolder.choose(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), "Linux", "/home/ada", "/tmp", "ada"));
        assertEquals(Path.of("/home/ada/.cache/lectern/run"), RuntimeFolder.choose(Map.of(), "Linux", "/home/ada", "/tmp", "ada"));
        assertEquals(Path.of("/Users/ada/Library/Caches/Lectern/run"), RuntimeFolder.choose(Map.of(), "Mac OS X", "/Users/ada", "/tmp", "ada"));
        String deep = "/home/" + "d".repeat(90);
        assertEquals(Path.of("/tmp/lectern-ada"), RuntimeFolder.choose(Map.of(), "Linux", deep, "/tmp", "ada"),
                "a socket's path must fit in sun_path");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void everyNameOfOneLibraryMeetsAtOneSocketInAFolderOnlyItsUserCanEnter() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        RuntimeFolder folder = new RuntimeFolder(dir.resolve("run").resolve("lectern"));
        Path socket = folder.socketFor(real.resolve("library.db"));
        assertEquals(socket, folder.socketFor(link.resolve("library.db")), "before the file exists");
        Files.writeString(real.resolve("library.db"), "");
        assertEquals(socket, folder.socketFor(link.resolve("..").resolve("real").resolve("library.db")));
        assertTrue(!socket.equals(folder.socketFor(real.resolve("other.db"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));
    }

    @Test
    void aWindowWaitsWhileACommandLineRunInAnotherProcessHasTheLibraryOpen() throws Exception {
        Path lockFile = dir.resolve("x.lock");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldClaim.class.getName(), lockFile.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
             LibraryClaim claim = LibraryClaim.open(lockFile)) {
            assertEquals("held", said.readLine());
            AtomicBoolean waited = new AtomicBoolean();
            CountDownLatch taken = new CountDownLatch(1);
            Thread window = new Thread(() -> {
                try {
                    claim.take(false, () -> waited.set(true));
                    taken.countDown();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            window.start();
            assertTrue(!taken.await(300, TimeUnit.MILLISECONDS), "the window took the library while a command had it open");
            assertTrue(waited.get(), "the window says it is waiting");
            holder.getOutputStream().close(); // the command ends
            assertTrue(taken.await(20, TimeUnit.SECONDS));
            window.join();
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }
}
