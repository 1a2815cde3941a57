package org.lectern.app.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15 item 3 with real processes: the window (headless, in a process of its own) reads its
 * library's files outside SQLite the way a file chooser does, then the packaged command line sets a
 * status and imports. The window sees both within two seconds, and no -wal or -shm file is deleted
 * while the window has the library open.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class WindowHandoffIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("lectern.image", "target/lectern"), "bin", "lectern");
    private static final String TITLE = "ERNIE 2.0: A Continual Pre-training Framework for Language Understanding";

    @TempDir
    Path dir;

    private Process window;

    record Run(int code, String out, String err) {
    }

    @AfterEach
    void stopTheWindow() throws InterruptedException {
        if (window != null && window.isAlive()) {
            window.destroy();
            if (!window.waitFor(10, TimeUnit.SECONDS)) window.destroyForcibly().waitFor();
        }
    }

    private Map<String, String> env() {
        return Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString());
    }

    private Run lectern(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString(), "--library", library().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.resolve("work").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().putAll(env());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish: " + command);
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private Path library() {
        return dir.resolve("lib").resolve("library.db");
    }

    private Path control() {
        return dir.resolve("control");
    }

    private Process startWindow() throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            String v = System.getProperty(p);
            if (v != null) command.add("-D" + p + "=" + v);
        }
        command.addAll(List.of("-Dtest.control=" + control(), "-cp", System.getProperty("java.class.path"),
                ChooserLikeWindow.class.getName(), "--library", library().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.resolve("work").toFile())
                .redirectOutput(dir.resolve("window-out.txt").toFile()).redirectError(dir.resolve("window-err.txt").toFile());
        pb.environment().putAll(env());
        return pb.start();
    }

    /** Waits up to {@code seconds} for the window's rows to satisfy {@code condition}; returns how long it took. */
    private long rowsWithin(double seconds, Predicate<List<String>> condition, String what) throws Exception {
        long start = System.nanoTime();
        Path rows = control().resolve("rows.txt");
        try {
            // the rows are a file the other process writes: checked until they hold, or the window dies
            WaitForAsyncUtils.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS,
                    () -> !window.isAlive() || Files.exists(rows) && condition.test(Files.readAllLines(rows)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not show " + what + " within " + seconds + " s; it shows "
                    + (Files.exists(rows) ? Files.readAllLines(rows) : "nothing") + "\n" + Files.readString(dir.resolve("window-err.txt")));
        }
        assertTrue(window.isAlive(), "the window died: " + Files.readString(dir.resolve("window-err.txt")));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void chooserReadsTheLibrary(int n) throws Exception {
        Files.writeString(control().resolve("touch"), "");
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(control().resolve("touched-" + n)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window's process did not read its library's files");
        }
    }

    private static int newPapers(Run importRun) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) new, ").matcher(importRun.out());
        assertTrue(m.find(), importRun.out());
        return Integer.parseInt(m.group(1));
    }

    private static Object inode(Path p) throws IOException {
        return Files.getAttribute(p, "unix:ino");
    }

    @Test
    void aChoosersReadsInTheWindowsProcessNeverSeparateTheWindowFromTheCommandLine() throws Exception {
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(control());
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> seed;
        try (var in = getClass().getResourceAsStream("/listings/seed-ernie-and-friends.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Files.write(work.resolve("first.txt"), seed.subList(0, 20));
        Files.write(work.resolve("second.txt"), seed.subList(20, seed.size()));

        Run first = lectern("import", "first.txt"); // no window: runs in its own process, as always
        assertEquals(0, first.code(), first.err());
        int firstCount = newPapers(first);

        window = startWindow();
        rowsWithin(90, rows -> rows.size() == firstCount, firstCount + " rows");
        Path wal = library().resolveSibling("library.db-wal");
        Path shm = library().resolveSibling("library.db-shm");
        assertTrue(Files.exists(wal) && Files.exists(shm), "the window's connection keeps a -wal and a -shm");
        Object walInode = inode(wal);
        Object shmInode = inode(shm);

        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            WatchKey key = library().getParent().register(watch, StandardWatchEventKinds.ENTRY_DELETE);

            chooserReadsTheLibrary(1);
            Run status = lectern("status", TITLE, "read");
            assertEquals(0, status.code(), status.err());
            assertTrue(status.out().contains("-> Read"), status.out());
            long seen = rowsWithin(2, rows -> rows.contains(TITLE + "\tREAD"), "the status set on the command line");

            chooserReadsTheLibrary(2);
            Run second = lectern("import", "second.txt");
            assertEquals(0, second.code(), second.err());
            int added = newPapers(second);
            assertTrue(added > 0, second.out());
            long imported = rowsWithin(2, rows -> rows.size() == firstCount + added, "the papers imported on the command line");

            Run export = lectern("export", "--format", "json");
            assertEquals(0, export.code(), export.err());
            JsonNode papers = new ObjectMapper().readTree(export.out());
            assertTrue(papers.size() > firstCount);
            boolean read = false;
            for (JsonNode p : papers) read |= p.get("title").asText().equals(TITLE) && p.get("status").asText().equals("read");
            assertTrue(read, "the command line reads what it wrote through the window");

            Run again = lectern(); // a second double-click
            assertEquals(0, again.code(), again.err());
            assertTrue(window.isAlive());

            List<String> deleted = new ArrayList<>();
            for (WatchEvent<?> e : key.pollEvents()) deleted.add(String.valueOf(e.context()));
            assertFalse(deleted.contains("library.db-wal") || deleted.contains("library.db-shm"),
                    "deleted under the window's open connection: " + deleted);
            assertEquals(walInode, inode(wal), "the -wal was replaced under the window's connection");
            assertEquals(shmInode, inode(shm), "the -shm was replaced under the window's connection");
            assertNoDeletedLibraryFilesOpen(window.pid());
            System.out.println("window saw the status after " + seen + " ms, the import after " + imported + " ms");
        }

        Files.writeString(control().resolve("close"), "");
        assertTrue(window.waitFor(30, TimeUnit.SECONDS), "the window did not close");
        assertEquals(0, window.exitValue(), Files.readString(dir.resolve("window-err.txt")));
        try (Stream<Path> left = Files.list(dir.resolve("run").resolve("lectern"))) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".sock")), "the window removes its socket when it closes");
        }
        Run after = lectern("status", TITLE, "queued"); // no window: the command line opens the library itself again
        assertEquals(0, after.code(), after.err());
    }

    /** What the issue saw: {@code /proc/PID/fd} showing {@code library.db-wal (deleted)}. */
    private void assertNoDeletedLibraryFilesOpen(long pid) throws IOException {
        Path fds = Path.of("/proc", String.valueOf(pid), "fd");
        if (!Files.isDirectory(fds)) return; // not Linux
        try (Stream<Path> all = Files.list(fds)) {
            for (Path fd : all.toList()) {
                String target;
                try {
                    target = Files.readSymbolicLink(fd).toString();
                } catch (IOException gone) {
                    continue;
                }
                assertFalse(target.contains("library.db") && target.endsWith("(deleted)"), "the window holds " + target);
            }
        }
    }
}
