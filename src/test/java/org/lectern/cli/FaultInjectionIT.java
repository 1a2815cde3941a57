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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a reader can meet, injected into real files and the packaged launcher: crafted and oddly
 * named files offered to restore, listings with one bad byte, a full disk, interrupted backups,
 * an accept that fails midway, and SIGTERM.
 */
class FaultInjectionIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("lectern.image", "target/lectern"), "bin", "lectern");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run lectern(Path library, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "--library", library.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish: " + command);
        Run r = new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        return r;
    }

    private Run lectern(Path library, String... args) throws Exception {
        return lectern(library, Map.of(), args);
    }

    /** A library of {@code n} block-form papers, made by the launcher. */
    private Path library(String name, String prefix, int n) throws Exception {
        Path library = dir.resolve(name);
        Path listing = Files.writeString(dir.resolve(name + ".txt"), CrashSafetyIT.listing(prefix, n));
        assertEquals(0, lectern(library, "import", listing.toString()).code());
        return library;
    }

    @Test
    void restoreInstallsOnlyAFileWithExactlyThisLecternsSchema() throws Exception {
        Path library = library("library.db", "Base", 20);
        Path good = dir.resolve("good.db");
        assertEquals(0, lectern(library, "backup", "--out", good.toString()).code());
        String before = fingerprint(library);
        Map<String, Consumer<Statement>> crafted = Map.of(
                "trigger 'evil' on paper", s -> sql(s, "CREATE TRIGGER evil AFTER INSERT ON paper BEGIN DELETE FROM note;"
                        + " DELETE FROM paper WHERE id <> new.id; END"),
                "lacks the table 'paper_fts'", s -> sql(s, "DROP TABLE paper_fts"),
                "'note' is a view where Lectern writes a table", s -> {
                    sql(s, "DROP TABLE note");
                    sql(s, "CREATE VIEW note AS SELECT id AS paper_id, 'evil' AS body, '' AS updated_at FROM paper");
                },
                "has a table 'foo' that Lectern never writes", s -> {
                    for (String t : List.of("paper_fts", "family_suggestion", "family_rejection", "family_member", "family",
                            "note_revision", "note", "paper_tag", "tag", "status_change", "import_update",
                            "proposal_rejection_member", "proposal_rejection", "paper", "import")) {
                        sql(s, "DROP TABLE " + t);
                    }
                    sql(s, "CREATE TABLE foo(x)");
                });
        for (Map.Entry<String, Consumer<Statement>> c : crafted.entrySet()) {
            Path file = copyAndEdit(good, "crafted.db", c.getValue());
            Run r = lectern(library, "restore", file.toString());
            assertEquals(2, r.code(), c.getKey() + ": " + r.out() + r.err());
            assertTrue(r.err().contains(c.getKey()) && r.err().contains("crafted.db was not restored"), r.err());
            assertEquals(before, fingerprint(library), "the live library is untouched after " + c.getKey());
            Files.delete(file);
        }

        // an older, sound library is brought up to this schema by this Lectern's migrations, then installed
        Path old = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            for (String script : List.of("V1__library.sql", "V2__proposal_rejection.sql", "V3__search_prefixes.sql")) {
                s.executeUpdate(resource("/org/lectern/store/" + script));
            }
            s.execute("PRAGMA user_version = 3");
            s.execute("INSERT INTO paper(title, title_key, added_at) VALUES ('An Old Paper', 'an old paper', '2024-01-01T00:00:00Z')");
        }
        Run r = lectern(library, "restore", old.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, count(library, "SELECT count(*) FROM paper WHERE title = 'An Old Paper'"));
        assertEquals(1, count(library, "SELECT count(*) FROM paper_fts WHERE paper_fts MATCH 'old'"));
        assertEquals(0, lectern(library, "restore", good.toString()).code());
        assertEquals(before, fingerprint(library));
    }

    @Test
    void restoreChecksAndInstallsTheFileItIsNamedWhateverCharactersTheNameHas() throws Exception {
        Path library = library("my lib #%41?.db", "Base", 10);
        assertTrue(Files.isRegularFile(dir.resolve("my lib #%41?.db")), "the library has exactly the name it was given");
        Path good = dir.resolve("good.db");
        assertEquals(0, lectern(library, "backup", "--out", good.toString()).code());
        Path trap = copyAndEdit(good, "good.db?f.db", s -> sql(s, "PRAGMA user_version = 99"));
        String before = fingerprint(library);
        Run r = lectern(library, "restore", trap.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("schema 99"), "the file named, not good.db, is checked: " + r.err());
        assertEquals(before, fingerprint(library));

        Path other = library("other.db", "Other", 5);
        Path odd = dir.resolve("a?b c#%41.db");
        Files.copy(other, odd);
        r = lectern(library, "restore", odd.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(5, count(library, "SELECT count(*) FROM paper WHERE title LIKE 'Other%'"));
        Path odder = dir.resolve("%41%42 #1?.db");
        Files.copy(good, odder);
        r = lectern(library, "restore", odder.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(before, fingerprint(library));
    }

    @Test
    void aBadByteOrANulCostsOneLineAndABinaryFileIsRefusedWhole() throws Exception {
        Path library = dir.resolve("library.db");
        List<byte[]> lines = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            lines.add((i + " Paper " + i + ": Efficient Vision Models for Audio Streams We study streams of audio at scale."
                    + " 3 authors · Jan 5, 2024").getBytes(StandardCharsets.UTF_8));
        }
        lines.set(49, concat(lines.get(49), new byte[] {(byte) 0xFF}, "x".getBytes(StandardCharsets.UTF_8)));
        Path bad = write("one-bad-byte.txt", lines);
        Run r = lectern(library, "import", bad.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("99 new"), r.out() + r.err());
        assertTrue(r.err().contains("one-bad-byte.txt:50:") && r.err().contains("not valid UTF-8"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith(bad.toString())).count(), r.err());
        assertEquals(0, count(library, "SELECT count(*) FROM paper WHERE title LIKE '%Â%' OR abstract LIKE '%Â%'"));

        Path nul = write("nul.txt", List.of(
                "7 Paper A: Streams of Audio at Scale We\0 study audio. 2 authors · Feb 1, 2024".getBytes(StandardCharsets.UTF_8),
                "8 Paper B: Models of Vision for Streams We study vision. 2 authors · Feb 2, 2024".getBytes(StandardCharsets.UTF_8)));
        r = lectern(library, "import", nul.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 new") && r.err().contains("nul.txt:1:") && r.err().contains("NUL"), r.out() + r.err());

        byte[] png = new byte[600];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, 0, png, 0, 16);
        Path image = Files.write(dir.resolve("figure.png"), png);
        r = lectern(library, "import", image.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("figure.png:1:") && r.err().contains("a PNG image"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void aFullDiskSaysWhatWasSavedAndWhatWasNot() throws Exception {
        Path base = library("library.db", "Gemma Base", 20);
        Path withoutFamily = dir.resolve("measure.db");
        Files.copy(base, withoutFamily);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + base); Statement s = c.createStatement()) {
            s.execute("INSERT INTO family(name, color, kind, created_at) VALUES ('Gemma', '#888888', 'model', '2024-01-01')");
            s.execute("INSERT INTO family_member(family_id, paper_id, source, added_at)"
                    + " SELECT 1, id, 'reader', '2024-01-01' FROM paper");
        }
        Path big = Files.writeString(dir.resolve("big.txt"), CrashSafetyIT.listing("Gemma", 600));
        // the same import into the same papers without a family: only the import's own pages
        assertEquals(0, lectern(withoutFamily, "import", big.toString()).code());
        long importPages = count(withoutFamily, "PRAGMA page_count");

        Path placing = dir.resolve("placing.db");
        Files.copy(base, placing);
        Run r = lectern(placing, Map.of("JDK_JAVA_OPTIONS", "-Dlectern.maxPageCount=" + (importPages + 2)), "import", big.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("big.txt: saved: 600 new") && r.err().contains("not saved: their places in families")
                && r.err().contains("is full"), r.err());
        assertEquals(620, count(placing, "SELECT count(*) FROM paper"));
        assertEquals(20, count(placing, "SELECT count(*) FROM family_member"));

        Path full = dir.resolve("full.db");
        Files.copy(base, full);
        long basePages = count(full, "PRAGMA page_count");
        r = lectern(full, Map.of("JDK_JAVA_OPTIONS", "-Dlectern.maxPageCount=" + (basePages + 1)), "import", big.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("big.txt: nothing from this file was saved") && r.err().contains("is full"), r.err());
        assertEquals(20, count(full, "SELECT count(*) FROM paper"));
    }

    @Test
    void interruptedBackupsNeverCountAndTheirLeftoversAreRemoved() throws Exception {
        Path library = library("library.db", "Base", 100);
        Path backups = dir.resolve("backups");
        for (String made : names(backups)) Files.delete(backups.resolve(made)); // the first import's daily backup
        byte[] whole = Files.readAllBytes(library);
        // what earlier interruptions left: half a daily backup, empty copies with journals, a dead process's temporary file
        Path half = Files.write(backups.resolve("library-20260101-000000-000-daily.db"), java.util.Arrays.copyOf(whole, whole.length / 2 + 100));
        Files.setLastModifiedTime(half, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        Files.write(backups.resolve("library-20260102-000000-000-manual.db"), new byte[0]);
        Files.write(backups.resolve("library-20260102-000000-000-manual.db-journal"), new byte[512]);
        Files.write(backups.resolve(".lectern-999999999-1a2b.partial"), new byte[4096]);
        Files.write(backups.resolve(".lectern-999999999-1a2b.partial-journal"), new byte[512]);

        Run listed = lectern(library, "backup", "--list");
        assertEquals(0, listed.code());
        assertEquals("", listed.out(), "only whole backups are listed");
        assertEquals(List.of(), names(backups), "the leftovers, the half daily backup too, are removed");

        // the half daily backup is today's, yet the next import still makes a whole one
        Path more = Files.writeString(dir.resolve("more.txt"), CrashSafetyIT.listing("More", 3));
        assertEquals(0, lectern(library, "import", more.toString()).code());
        List<String> listedNow = lectern(library, "backup", "--list").out().lines().toList();
        assertEquals(1, listedNow.size(), listedNow.toString());
        assertTrue(listedNow.get(0).endsWith("-daily.db") && !listedNow.get(0).contains("20260101"), listedNow.toString());

        // a backup killed while it writes leaves no file with a backup's name
        Process p = new ProcessBuilder(LAUNCHER.toString(), "--library", library.toString(), "backup")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        while (p.isAlive() && names(backups).stream().noneMatch(n -> n.endsWith(".partial"))) p.waitFor(2, TimeUnit.MILLISECONDS);
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        List<String> after = lectern(library, "backup", "--list").out().lines().toList();
        for (String b : after) assertEquals(0, count(Path.of(b), "SELECT count(*) FROM pragma_quick_check WHERE quick_check <> 'ok'"), b);
        assertTrue(names(backups).stream().noneMatch(n -> n.endsWith(".partial") || n.endsWith("-journal")), names(backups).toString());
    }

    @Test
    void acceptingEveryProposalIsOneTransaction() throws Exception {
        Path library = dir.resolve("library.db");
        Path listing = dir.resolve("two.txt");
        Files.writeString(listing, CrashSafetyIT.listing("Gemma", 250) + CrashSafetyIT.listing("Mixtral", 250));
        assertEquals(0, lectern(library, "import", listing.toString()).code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement()) {
            s.execute("VACUUM"); // no free pages: what the accept writes makes the file grow
        }
        Path measured = dir.resolve("measured.db");
        Files.copy(library, measured);
        long before = count(measured, "PRAGMA page_count");
        Run all = lectern(measured, "families", "suggest", "--accept");
        assertEquals(0, all.code(), all.err());
        long families = count(measured, "SELECT count(*) FROM family");
        assertTrue(families >= 2, all.out());
        long grown = count(measured, "PRAGMA page_count") - before;
        assertTrue(grown >= 4, "the accept writes " + grown + " pages");

        // the disk fills halfway through the accept: nothing of it stays
        Run half = lectern(library, Map.of("JDK_JAVA_OPTIONS", "-Dlectern.maxPageCount=" + (before + grown / 2)),
                "families", "suggest", "--accept");
        assertEquals(2, half.code(), half.out() + half.err());
        assertTrue(half.err().contains("is full"), half.err());
        assertEquals(0, count(library, "SELECT count(*) FROM family"));
        assertEquals(0, count(library, "SELECT count(*) FROM family_member"));
    }

    @Test
    void sigtermToTheLauncherStopsTheJvmWhichClosesTheLibrary() throws Exception {
        Path library = dir.resolve("library.db");
        Path big = Files.writeString(dir.resolve("big.txt"), CrashSafetyIT.listing("Large", 6000));
        Process p = new ProcessBuilder(LAUNCHER.toString(), "--library", library.toString(), "import", big.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err.txt").toFile()).start();
        Path wal = dir.resolve("library.db-wal");
        while (p.isAlive() && !(Files.exists(wal) && Files.size(wal) > 1_000_000)) p.waitFor(5, TimeUnit.MILLISECONDS);
        assertTrue(p.isAlive(), "the import was still running when stopped");
        assertTrue(p.info().command().orElse("").endsWith("java"), "the launcher's pid is the JVM's: " + p.info().command());
        assertEquals(0, p.descendants().count(), "no child process behind the launcher");
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(15, TimeUnit.SECONDS), "the JVM stopped on SIGTERM");
        assertEquals(143, p.exitValue());
        assertFalse(Files.exists(wal), "the library was closed: its write-ahead log is folded back and removed");
        long papers = count(library, "SELECT count(*) FROM paper");
        assertTrue(papers == 0 || papers == 6000, papers + " papers");
        assertEquals(0, count(library, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"));
    }

    @Test
    void concurrentLaunchesUnpackTheNativeLibraryOnceIntoTheCacheFolderAndQuietly() throws Exception {
        Path cache = dir.resolve("fresh-cache");
        List<Process> launches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "--library", dir.resolve("l" + i + ".db").toString(), "list")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err" + i + ".txt").toFile());
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
            launches.add(pb.start());
        }
        for (int i = 0; i < launches.size(); i++) {
            assertTrue(launches.get(i).waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, launches.get(i).exitValue());
            assertEquals("", Files.readString(dir.resolve("err" + i + ".txt")), "launch " + i + " is quiet");
        }
        Path natives = cache.resolve("lectern").resolve("native");
        List<String> versions = names(natives);
        assertEquals(1, versions.size(), versions.toString());
        assertTrue(versions.get(0).startsWith("sqlite-jdbc-"), versions.toString());
        List<String> files = names(natives.resolve(versions.get(0)));
        // the library and the stamp of its size and time as written: no temporary copies
        assertEquals(List.of("libsqlitejdbc.so", "libsqlitejdbc.so.written"), files.stream().sorted().toList(),
                "one unpacked library and its stamp, no temporary copies: " + files);
    }

    // --- helpers: real files, read with plain JDBC

    private Path copyAndEdit(Path from, String name, Consumer<Statement> edit) throws Exception {
        Path file = dir.resolve(name);
        Files.copy(from, file);
        Path plain = dir.resolve("editing.db");
        Files.move(file, plain);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement s = c.createStatement()) {
            edit.accept(s);
        }
        Files.move(plain, file);
        return file;
    }

    private static void sql(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The schema and the papers of a library: equal fingerprints, equal libraries for these tests. */
    private static String fingerprint(Path library) throws Exception {
        Path copy = Files.createTempFile(library.getParent(), "print", ".db");
        Files.copy(library, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type || name || coalesce(sql, '') FROM sqlite_master"
                     + " UNION ALL SELECT id || title || status FROM paper UNION ALL SELECT 'v' || user_version FROM pragma_user_version ORDER BY 1")) {
            while (rs.next()) out.append(rs.getString(1)).append('\n');
        } finally {
            Files.delete(copy);
        }
        return out.toString();
    }

    /** One number from a library, read through a copy when its name is not a plain one. */
    private static long count(Path library, String sql) throws Exception {
        Path copy = Files.createTempFile("count", ".db");
        Files.copy(library, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path wal = library.resolveSibling(library.getFileName() + "-wal");
        if (Files.exists(wal)) Files.copy(wal, Path.of(copy + "-wal"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        } finally {
            Files.deleteIfExists(Path.of(copy + "-wal"));
            Files.deleteIfExists(Path.of(copy + "-shm"));
            Files.delete(copy);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path write(String name, List<byte[]> lines) throws IOException {
        byte[] all = new byte[0];
        for (byte[] l : lines) all = concat(all, l, new byte[] {'\n'});
        return Files.write(dir.resolve(name), all);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertNotEquals(null, in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
