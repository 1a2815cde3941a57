package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.cli.PackagedLauncher.Run;

/** Drives the packaged launcher (jlink image) as a reader would, on a temp library. */
class LauncherImportIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Run lectern(String... args) throws Exception {
        return PackagedLauncher.run(dir, args);
    }

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(Path.of(name).getFileName());
        try (InputStream in = getClass().getResourceAsStream("/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theSeedImportsAndExportsWithEveryFieldAsExpected() throws Exception {
        Path seed = resource("listings/seed-ernie-and-friends.txt");
        Run first = lectern("import", seed.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("28 new, 0 updated, 0 unchanged, 0 errors"), first.out());

        Run again = lectern("import", seed.toString());
        assertTrue(again.out().contains("0 new, 0 updated, 28 unchanged (known by text 28), 0 errors"), again.out());

        Run export = lectern("export", "--format", "json");
        assertEquals(0, export.code(), export.err());
        JsonNode papers = JSON.readTree(export.out());
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream("/expected/seed-ernie-and-friends.json")) {
            expected = JSON.readTree(in);
        }
        assertEquals(28, papers.size());
        for (int i = 0; i < 28; i++) {
            JsonNode want = expected.get(i);
            JsonNode got = papers.get(i);
            for (String field : List.of("title", "abstract", "authors", "published", "upvotes", "comments")) {
                assertEquals(want.get(field), got.get(field), "paper " + (i + 1) + " field " + field);
            }
            assertEquals("new", got.get("status").asText());
        }
    }

    @Test
    void theJsonExportRoundTripsIntoAFreshLibrary() throws Exception {
        lectern("import", resource("listings/seed-ernie-and-friends.txt").toString());
        lectern("status", "ERNIE-Doc: A Retrospective Long-Document Modeling Transformer", "read");
        Path export = dir.resolve("export.json");
        assertEquals(0, lectern("export", "--format", "json", "--out", export.toString()).code());
        Files.move(dir.resolve("library.db"), dir.resolve("old.db"));
        Files.deleteIfExists(dir.resolve("library.db-wal"));
        Files.deleteIfExists(dir.resolve("library.db-shm"));
        Run back = lectern("import", export.toString());
        assertTrue(back.out().contains("28 new"), back.out() + back.err());
        Path again = dir.resolve("again.json");
        lectern("export", "--format", "json", "--out", again.toString());
        assertEquals(JSON.readTree(export.toFile()), JSON.readTree(again.toFile()));
    }

    @Test
    void badInputGetsPerLineDiagnosticsAndNeverChangesTheLibraryBeyondTheGoodPapers() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Run e = lectern("import", empty.toString());
        assertEquals(1, e.code());
        assertTrue(e.err().contains("empty.txt:1:"), e.err());

        Path binary = dir.resolve("binary.bin");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(binary, bytes);
        Run b = lectern("import", binary.toString());
        assertEquals(1, b.code());
        assertTrue(b.err().contains("binary.bin:"), b.err());

        Path prose = Files.writeString(dir.resolve("prose.txt"), "Dear reader,\nthis is a letter, not a listing.\n");
        Run p = lectern("import", prose.toString());
        assertEquals(1, p.code());
        assertTrue(p.err().contains("prose.txt:1:") && p.err().contains("prose.txt:2:"), p.err());

        List<String> lines = Files.readAllLines(resource("listings/seed-ernie-and-friends.txt"), StandardCharsets.UTF_8);
        List<String> broken = new ArrayList<>(lines.subList(0, 5));
        broken.add(2, "12 A title with no abstract and no meta");
        broken.add("this line is not a paper either");
        Path mixed = Files.write(dir.resolve("broken.txt"), broken);
        Run m = lectern("import", mixed.toString());
        assertEquals(0, m.code(), m.err());
        assertTrue(m.out().contains("5 new, 0 updated, 0 unchanged, 2 errors"), m.out());
        assertTrue(m.err().contains("broken.txt:3:") && m.err().contains("broken.txt:7:"), m.err());
        for (Run r : List.of(e, b, p, m)) assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM paper")) {
                rs.next();
                assertEquals(5, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
        }
    }

    @Test
    void standardInputIsReadAsAListing() throws Exception {
        Process p = new ProcessBuilder(PackagedLauncher.LAUNCHER.toString(), "--library", dir.resolve("library.db").toString(), "import", "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = getClass().getResourceAsStream("/listings/dev-daily-papers-2024-blocks.txt")) {
            in.transferTo(p.getOutputStream());
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(out.contains("190 new"), out);
        assertNotEquals(0, Files.size(dir.resolve("library.db")));
    }
}
