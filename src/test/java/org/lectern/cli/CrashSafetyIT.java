package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.store.Library;

/**
 * Kills the packaged launcher with SIGKILL at random moments of a large import: every time, the
 * library must pass an integrity check (its search index too) and hold the import wholly or not at all;
 * a kill after the papers committed and before their search index was full is finished by the next open.
 * Many kills of an import of 6,000 papers, and a few of one of 50,000, which the import reads from its
 * file in many batches.
 */
class CrashSafetyIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("lectern.image", "target/lectern"), "bin", "lectern");

    @TempDir
    Path dir;

    @Test
    void killedImportsLeaveASoundLibraryWithTheImportWhollyThereOrAbsent() throws Exception {
        killImports(6000, 20);
    }

    @Test
    void killedStreamedImportsOfFiftyThousandPapersLeaveTheImportWhollyThereOrAbsent() throws Exception {
        killImports(50_000, 3);
    }

    private void killImports(int size, int runs) throws Exception {
        Path base = Files.writeString(dir.resolve("base.txt"), listing("Base", 50));
        Path big = Files.writeString(dir.resolve("big" + size + ".txt"), listing("Large", size));
        // How long a whole import takes here sets the window in which the kills land.
        Path timing = dir.resolve("timing" + size + ".db");
        long started = System.nanoTime();
        Process whole = start(timing, big);
        assertTrue(whole.waitFor(900, TimeUnit.SECONDS));
        long fullMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(size, check(timing));
        Random random = new Random(20261127);
        TreeMap<String, Integer> outcomes = new TreeMap<>();
        for (int run = 0; run < runs; run++) {
            Path library = dir.resolve("run" + size + "-" + run + ".db");
            Process first = start(library, base);
            assertTrue(first.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, first.exitValue());

            Process p = start(library, big);
            long delay = (long) (fullMillis * (0.2 + 0.9 * random.nextDouble()));
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) kill(p);
            int papers = check(library);
            assertTrue(papers == 50 || papers == 50 + size,
                    "run " + run + " killed after " + delay + " ms left " + papers + " papers");
            outcomes.merge((finished ? "finished" : "killed") + (papers == 50 ? ", import absent" : ", import present"), 1, Integer::sum);
        }
        System.out.println("crash safety at " + size + " papers over " + runs + " runs (a whole import takes " + fullMillis + " ms): " + outcomes);
        assertTrue(outcomes.keySet().stream().anyMatch(k -> k.startsWith("killed")), "no run was killed mid-way: " + outcomes);
    }

    /** SIGKILL to the JVM and the launcher script that started it: no shutdown hooks, no cleanup. */
    private static void kill(Process p) throws InterruptedException {
        List<ProcessHandle> tree = p.descendants().toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle child : tree) child.onExit().join();
    }

    private Process start(Path library, Path listing) throws Exception {
        return new ProcessBuilder(LAUNCHER.toString(), "--library", library.toString(), "import", listing.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Opens the library as a new reader would (recovering the write-ahead log), checks it and counts its
     * papers: the search index must be sound and hold exactly the papers its backlog does not name (a
     * kill after the papers committed, before the index was full); then Lectern opens the library, which
     * finishes the index, and the index must hold every paper's text.
     */
    private static int check(Path library) throws Exception {
        int papers;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1), library.toString());
            }
            s.execute("INSERT INTO paper_fts(paper_fts, rank) VALUES ('integrity-check', 0)");
            papers = count(s, "SELECT count(*) FROM paper");
            String waiting = "EXISTS (SELECT 1 FROM search_backlog b WHERE %s BETWEEN b.first_id AND b.last_id)";
            int notIndexed = count(s, "SELECT count(*) FROM paper p WHERE " + waiting.formatted("p.id"));
            assertEquals(0, count(s, "SELECT count(*) FROM paper_fts_docsize d WHERE " + waiting.formatted("d.id")),
                    "no paper the backlog names is in the index");
            assertEquals(papers - notIndexed, count(s, "SELECT count(*) FROM paper_fts_docsize"),
                    "the index holds every paper the backlog does not name");
            if (notIndexed > 0) System.out.println(library.getFileName() + ": killed with " + notIndexed + " papers still to index");
        }
        try (Library opened = Library.open(library)) {
            assertTrue(opened.searchIndex().awaitFilled(), "the next open fills the index");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement s = c.createStatement()) {
            // the index holds exactly the words of the papers it reads them from (it throws if not)
            s.execute("INSERT INTO paper_fts(paper_fts, rank) VALUES ('integrity-check', 1)");
            assertEquals(papers, count(s, "SELECT count(*) FROM paper_fts_docsize"), "the search index matches the papers");
        }
        return papers;
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A block-form listing of distinct papers with abstracts of realistic length. */
    static String listing(String prefix, int n) {
        Random r = new Random(prefix.hashCode());
        String[] words = {"model", "language", "vision", "training", "efficient", "audio", "diffusion", "agents",
            "reasoning", "retrieval", "benchmark", "tokens", "attention", "scaling", "data", "quality"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(r.nextInt(100)).append('\n');
            out.append(prefix).append(' ').append(i).append(": ").append(cap(words[r.nextInt(words.length)]))
                    .append(' ').append(cap(words[r.nextInt(words.length)])).append(" for ")
                    .append(cap(words[r.nextInt(words.length)])).append('\n');
            List<String> sentence = new ArrayList<>();
            for (int w = 0; w < 160; w++) sentence.add(words[r.nextInt(words.length)]);
            out.append("We study ").append(String.join(" ", sentence)).append(".\n");
            out.append(1 + r.nextInt(9)).append(" authors · Jan ").append(1 + r.nextInt(28)).append(", 2024\n\n");
        }
        return out.toString();
    }

    private static String cap(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
