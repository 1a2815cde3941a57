package org.lectern.app.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.Status;
import org.lectern.store.Library;
import org.lectern.store.Papers;
import org.lectern.ui.LecternApp;

/**
 * Commands handed to the window run through the real command tree against a real library, with the
 * launch's folder, input and exit codes, while the window's own connection stays open.
 */
class ServedCommandsTest {
    @TempDir
    Path dir;

    private Path library;
    private Path work;
    private final AtomicInteger fronted = new AtomicInteger();
    private final AtomicInteger changed = new AtomicInteger();

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        library = dir.resolve("lib").resolve("library.db");
        work = Files.createDirectories(dir.resolve("work"));
        try (InputStream in = getClass().getResourceAsStream("/listings/seed-ernie-and-friends.txt")) {
            Files.copy(in, work.resolve("seed.txt"));
        }
    }

    private Run run(Request.Kind kind, Path asked, InputStream stdin, String... args) throws IOException {
        Path socket = dir.resolve("w.sock");
        LecternApp.Shown window = new LecternApp.Shown() {
            @Override
            public void toFront() {
                fronted.incrementAndGet();
            }

            @Override
            public void libraryChanged() {
                changed.incrementAndGet();
            }
        };
        try (InstanceServer server = InstanceServer.bind(socket)) {
            server.serve(new ServedCommands(RuntimeFolder.canonical(library), window));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Handoff.connect(socket).orElseThrow()
                    .run(new Request(kind, asked, work, "UTF-8", List.of(args)), stdin, out, err).orElseThrow();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private Run run(String... args) throws IOException {
        return run(Request.Kind.RUN, library, InputStream.nullInputStream(), args);
    }

    @Test
    void relativeNamesAreTheLaunchesAndTheWindowsOpenConnectionSeesTheCommits() throws IOException {
        try (Library open = Library.open(library)) { // the window's own connection
            Run imported = run("import", "seed.txt");
            assertEquals(0, imported.code(), imported.err());
            assertTrue(imported.out().contains("28 new"), imported.out());

            String title = "ERNIE 2.0: A Continual Pre-training Framework for Language Understanding";
            Run status = run("status", title, "read");
            assertEquals(0, status.code(), status.err());
            assertTrue(status.out().contains("-> Read"), status.out());
            Papers papers = new Papers(open);
            assertEquals(Status.READ, papers.find(title).orElseThrow().status());
            assertTrue(changed.get() >= 2, "the window is told to reload after each command");

            Run export = run("export", "--format", "json", "--out", "out.json");
            assertEquals(0, export.code(), export.err());
            assertTrue(Files.size(work.resolve("out.json")) > 1000, "written in the launch's folder");

            Run unknown = run("status", "No such paper at all", "read");
            assertEquals(2, unknown.code());
            assertTrue(unknown.err().startsWith("lectern: "), unknown.err());
        }
    }

    @Test
    void standardInputIsTheLaunches() throws IOException {
        byte[] listing = Files.readAllBytes(work.resolve("seed.txt"));
        Run r = run(Request.Kind.RUN, library, new ByteArrayInputStream(listing), "import", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("28 new"), r.out());
    }

    @Test
    void aNoteIsReadFromTheLaunchesStandardInputNotTheWindowsOwn() throws IOException {
        run("import", "seed.txt");
        String title = "ERNIE 2.0: A Continual Pre-training Framework for Language Understanding";
        InputStream windows = System.in;
        System.setIn(new ByteArrayInputStream("what the window's own input holds".getBytes(StandardCharsets.UTF_8)));
        Run r;
        try {
            r = run(Request.Kind.RUN, library, new ByteArrayInputStream("Read section 3 again.".getBytes(StandardCharsets.UTF_8)),
                    "note", title);
        } finally {
            System.setIn(windows);
        }
        assertEquals(0, r.code(), r.err());
        try (Library open = Library.open(library)) {
            assertEquals("Read section 3 again.", new Papers(open).find(title).orElseThrow().note());
        }
    }

    @Test
    void theLibrarysOwnFilesAreNeverReadAsListingsNorExportedOver() throws IOException {
        run("import", "seed.txt");
        for (String name : List.of("../lib/library.db", "../lib/library.db-wal")) {
            Run r = run("import", name);
            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.err().contains("is the library itself"), r.err());
        }
        Run export = run("export", "--format", "json", "--out", "../lib/library.db");
        assertEquals(2, export.code(), export.out() + export.err());
        assertTrue(export.err().contains("is the library itself"), export.err());
        assertTrue(run("list").out().contains("ERNIE 2.0"), "the library is still a library");
    }

    @Test
    void restoreAndBenchAreRefusedAndTheLibraryIsLeftAlone() throws IOException {
        run("import", "seed.txt");
        Run backup = run("backup");
        assertEquals(0, backup.code(), backup.err());
        Run restore = run("restore", "anything.db");
        assertEquals(2, restore.code());
        assertTrue(restore.err().contains("close the window first"), restore.err());
        Run bench = run("bench", "--papers", "10");
        assertEquals(2, bench.code());
        assertTrue(run("list").out().contains("ERNIE 2.0"));
    }

    @Test
    void aSecondLaunchBringsTheWindowToTheFrontAndAnotherLibraryIsRefused() throws IOException {
        assertEquals(0, run(Request.Kind.FRONT, library, InputStream.nullInputStream()).code());
        assertEquals(1, fronted.get());
        Run other = run(Request.Kind.RUN, dir.resolve("other.db"), InputStream.nullInputStream(), "list");
        assertEquals(2, other.code());
        assertTrue(other.err().contains("not " + dir.resolve("other.db")), other.err());
        assertTrue(Files.notExists(dir.resolve("other.db")));
    }
}
