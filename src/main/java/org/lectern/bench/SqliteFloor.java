package org.lectern.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.lectern.library.Titles;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Library;

/**
 * The floor: the {@code sqlite3} shell loading the same papers, already split, into the same tables.
 * The library file is created by {@link Library#open} so it has the app's own schema (every migration,
 * with the triggers that fill the full-text index); the rows come as a SQL file of plain INSERTs in one
 * transaction, under the same connection settings the app uses.
 */
final class SqliteFloor {
    /** How the shell did: seconds for the rows, the file size, the shell's version. */
    record Result(double seconds, long bytes, long papers, String version) {
    }

    private SqliteFloor() {
    }

    /** The shell to run: $LECTERN_SQLITE3, else sqlite3 on the PATH. */
    static String shell() {
        String s = System.getenv("LECTERN_SQLITE3");
        return s == null || s.isBlank() ? "sqlite3" : s;
    }

    /** Writes the rows of {@code papers} as the INSERTs the shell reads. */
    static void writeRows(Path sql, List<ParsedPaper> papers, String now) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(sql, StandardCharsets.UTF_8)) {
            w.write(".bail on\n");
            // The settings Library.configure gives every connection of the app.
            w.write("PRAGMA busy_timeout = 10000;\nPRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n"
                    + "PRAGMA foreign_keys = ON;\nPRAGMA cache_size = -32000;\n");
            w.write("BEGIN IMMEDIATE;\n");
            w.write("INSERT INTO import(id, at, source, format, error_count) VALUES (1, '" + now
                    + "', 'bench', 'huggingface-line', 0);\n");
            StringBuilder sb = new StringBuilder(4096);
            for (ParsedPaper p : papers) {
                sb.setLength(0);
                sb.append("INSERT INTO paper(title, title_key, abstract, authors, published, upvotes, comments, ")
                        .append("arxiv_id, url, added_at, import_id, split_confidence) VALUES (");
                text(sb, p.title()).append(", ");
                text(sb, Titles.key(p.title())).append(", ");
                text(sb, p.abstractText()).append(", ");
                number(sb, p.authors()).append(", ");
                text(sb, p.published() == null ? null : p.published().toString()).append(", ");
                number(sb, p.upvotes()).append(", ");
                number(sb, p.comments()).append(", ");
                text(sb, p.arxivId()).append(", ");
                text(sb, p.url()).append(", ");
                text(sb, now).append(", 1, ").append(p.confidence()).append(");\n");
                w.append(sb);
            }
            w.write("UPDATE import SET new_count = " + papers.size() + " WHERE id = 1;\n");
            w.write("COMMIT;\n");
        }
    }

    /** Creates {@code db} with the app's schema, then times the shell loading {@code sql} into it. */
    static Result load(Path db, Path sql) throws IOException, InterruptedException {
        Library.open(db).close();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(shell(), db.toString())
                .redirectInput(sql.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("sqlite3 failed loading the floor: " + output.strip());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = Long.parseLong(run(shell(), db.toString(), "SELECT count(*) FROM paper").strip());
        run(shell(), db.toString(), "PRAGMA wal_checkpoint(TRUNCATE)");
        return new Result(seconds, Benchmark.sizeOnDisk(db), count, run(shell(), "--version").strip());
    }

    /** True when the shell can be started. */
    static boolean available() {
        try {
            run(shell(), "--version");
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException(String.join(" ", command) + ": " + out);
        return out;
    }

    private static StringBuilder text(StringBuilder sb, String s) {
        if (s == null) return sb.append("NULL");
        sb.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') sb.append('\'');
            sb.append(c);
        }
        return sb.append('\'');
    }

    private static StringBuilder number(StringBuilder sb, Integer n) {
        return n == null ? sb.append("NULL") : sb.append(n.intValue());
    }
}
