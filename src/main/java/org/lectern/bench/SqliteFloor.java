package org.lectern.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.lectern.library.Titles;
import org.lectern.listing.ParsedPaper;

/**
 * The floor: what SQLite itself takes to load the same papers, already split, into the least a paper
 * library needs: a paper table whose normalised title is a unique key, and an external-content FTS5
 * index over title and abstract with the default tokenizer. One SQL file (one statement a line) makes
 * the schema, inserts the rows and fills the index in one transaction, under the connection settings
 * the app uses; the {@code sqlite3} shell reads it, or, where there is no shell, sqlite-jdbc runs the
 * same statements one by one.
 */
final class SqliteFloor {
    /** How the load did: seconds, the file size, the papers in it, and what ran it. */
    record Result(double seconds, long bytes, long papers, String engine) {
    }

    /** The minimal schema. */
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE paper(id INTEGER PRIMARY KEY, title TEXT NOT NULL, title_key TEXT NOT NULL UNIQUE, abstract TEXT,"
                    + " authors INTEGER, published TEXT, upvotes INTEGER, comments INTEGER, arxiv_id TEXT, url TEXT);",
            "CREATE VIRTUAL TABLE paper_fts USING fts5(title, abstract, content='paper', content_rowid='id');");

    private SqliteFloor() {
    }

    /** The shell to run: $LECTERN_SQLITE3, else sqlite3 on the PATH. */
    static String shell() {
        String s = System.getenv("LECTERN_SQLITE3");
        return s == null || s.isBlank() ? "sqlite3" : s;
    }

    /** Writes the schema, the rows of {@code papers} and the index fill, one statement a line. */
    static void writeRows(Path sql, List<ParsedPaper> papers) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(sql, StandardCharsets.UTF_8)) {
            w.write(".bail on\n");
            // The settings Library.configure gives every connection of the app.
            w.write("PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\nPRAGMA cache_size = -32000;\n");
            for (String s : SCHEMA) w.write(s + "\n");
            w.write("BEGIN IMMEDIATE;\n");
            StringBuilder sb = new StringBuilder(4096);
            for (ParsedPaper p : papers) {
                sb.setLength(0);
                sb.append("INSERT INTO paper(title, title_key, abstract, authors, published, upvotes, comments, arxiv_id, url)")
                        .append(" VALUES (");
                text(sb, oneLine(p.title())).append(", ");
                text(sb, oneLine(Titles.key(p.title()))).append(", ");
                text(sb, oneLine(p.abstractText())).append(", ");
                number(sb, p.authors()).append(", ");
                text(sb, p.published() == null ? null : p.published().toString()).append(", ");
                number(sb, p.upvotes()).append(", ");
                number(sb, p.comments()).append(", ");
                text(sb, p.arxivId()).append(", ");
                text(sb, p.url()).append(");\n");
                w.append(sb);
            }
            // an external-content index is filled from its table in one pass
            w.write("INSERT INTO paper_fts(paper_fts) VALUES ('rebuild');\n");
            w.write("COMMIT;\n");
        }
    }

    /** Times loading {@code sql} into the new file {@code db}: by the shell when there is one, else by sqlite-jdbc. */
    static Result load(Path db, Path sql) throws IOException, InterruptedException {
        return shellAvailable() ? loadByShell(db, sql) : loadByDriver(db, sql);
    }

    static Result loadByShell(Path db, Path sql) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(shell(), db.toString())
                .redirectInput(sql.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("sqlite3 failed loading the floor " + sql + ": " + output.strip());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = Long.parseLong(run(shell(), db.toString(), "SELECT count(*) FROM paper").strip());
        run(shell(), db.toString(), "PRAGMA wal_checkpoint(TRUNCATE)");
        return new Result(seconds, Benchmark.sizeOnDisk(db), count, "sqlite3 shell " + run(shell(), "--version").strip().split(" ")[0]);
    }

    /** The same statements through sqlite-jdbc, for machines without the shell. */
    static Result loadByDriver(Path db, Path sql) throws IOException {
        String name = db.toAbsolutePath().normalize().toString();
        // the driver reads what follows a '?' as settings: the work folder must not have one
        if (name.indexOf('?') >= 0) throw new IOException("the floor's file " + name + " has a '?', which sqlite-jdbc misreads");
        long start = System.nanoTime();
        long count;
        String version;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + name); Statement s = c.createStatement();
             BufferedReader in = Files.newBufferedReader(sql, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith(".")) continue; // the shell's own commands
                try {
                    s.execute(line);
                } catch (SQLException e) {
                    throw new IOException(sql + ", line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (ResultSet rs = s.executeQuery("SELECT count(*), sqlite_version() FROM paper")) {
                rs.next();
                count = rs.getLong(1);
                version = rs.getString(2);
            }
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return new Result(seconds, Benchmark.sizeOnDisk(db), count, "sqlite-jdbc " + version + " (no sqlite3 shell here)");
        } catch (SQLException e) {
            throw new IOException("sqlite-jdbc failed loading the floor " + sql + ": " + e.getMessage(), e);
        }
    }

    /** True when the shell can be started. */
    static boolean shellAvailable() {
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

    // one statement a line: a line break inside a value would split it (the listing's fields have none)
    private static String oneLine(String s) {
        return s == null ? null : s.replace('\n', ' ').replace('\r', ' ');
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
