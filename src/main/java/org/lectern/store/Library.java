package org.lectern.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.sqlite.SQLiteConfig;

/**
 * One open library file: the connection, its settings and its schema.
 * Every method that touches the file holds this object's lock, so the app can call it from any
 * background thread; the JavaFX thread never should.
 */
public final class Library implements AutoCloseable {
    /** The newest schema this build knows; a file with a higher {@code user_version} is refused. */
    public static final int SCHEMA_VERSION = 6;

    private final Path file;
    private final Connection connection;

    private Library(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when missing) the library at {@code file} and brings its schema up to date. */
    public static Library open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        Connection c;
        try {
            SQLiteConfig config = new SQLiteConfig();
            // Take the write lock when a transaction begins, so a second writer waits instead of failing midway.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw new StoreException("cannot open the library " + file + ": " + e.getMessage(), e);
        }
        Library library = new Library(file, c);
        try {
            library.refuseNewerSchema();
            library.configure();
            library.migrate();
        } catch (SQLException | RuntimeException e) {
            library.close();
            if (e instanceof StoreException se) throw se;
            throw new StoreException("cannot open the library " + file + ": " + e.getMessage(), e);
        }
        return library;
    }

    private void configure() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            useWriteAheadLog(s);
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("PRAGMA cache_size = -32000");
        }
    }

    /**
     * Switches a new file to WAL. The switch needs the file to itself and SQLite does not wait for
     * that, so a second process opening the same new file retries for up to the busy timeout.
     */
    private static void useWriteAheadLog(Statement s) throws SQLException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try (var rs = s.executeQuery("PRAGMA journal_mode")) {
                if (rs.next() && "wal".equalsIgnoreCase(rs.getString(1))) return;
            }
            try {
                s.execute("PRAGMA journal_mode = WAL");
                return;
            } catch (SQLException busy) {
                if (System.nanoTime() > deadline || !busy.getMessage().contains("SQLITE_BUSY")) throw busy;
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    /** Checked before any setting is written: switching to WAL alone would change a newer file. */
    private void refuseNewerSchema() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
        }
        int version = userVersion();
        if (version > SCHEMA_VERSION) {
            throw new StoreException("the library " + file + " was written by a newer Lectern (schema "
                    + version + ", this one knows " + SCHEMA_VERSION + "); it was left untouched");
        }
    }

    private void migrate() throws SQLException {
        int version = userVersion();
        if (version >= SCHEMA_VERSION) return;
        if (version > 0) Backups.create(this, "before-migration-" + version);
        // A migration may rebuild a table; with foreign keys on, dropping the old one would cascade.
        // The pragma cannot change inside a transaction, so it is switched off around all of them.
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
        }
        try {
            migrateSteps(version);
        } finally {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    private void migrateSteps(int version) throws SQLException {
        for (int next = version + 1; next <= SCHEMA_VERSION; next++) {
            String script = migrationScript(next);
            boolean auto = connection.getAutoCommit();
            // Begins an IMMEDIATE transaction: a second process opening the same new file waits here,
            // then sees the version the first one wrote and skips the step instead of repeating it.
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                if (userVersion() < next) {
                    s.executeUpdate(script);
                    if (next == IdentityMigration.VERSION) IdentityMigration.apply(connection);
                    s.execute("PRAGMA user_version = " + next);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new StoreException("schema migration " + next + " failed, the library is unchanged: "
                        + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    private static String migrationScript(int version) {
        String name = "V" + version + "__" + migrationName(version) + ".sql";
        try (InputStream in = Library.class.getResourceAsStream(name)) {
            if (in == null) throw new StoreException("missing schema migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read schema migration " + name, e);
        }
    }

    private static String migrationName(int version) {
        return switch (version) {
            case 1 -> "library";
            case 2 -> "proposal_rejection";
            case 3 -> "search_prefixes";
            case 4 -> "title_order";
            case 5 -> "author_names";
            case 6 -> "identity";
            default -> throw new StoreException("no schema migration numbered " + version);
        };
    }

    /** The schema version stored in the file. */
    public synchronized int userVersion() throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * A number that changes whenever another connection (another window, the command line) commits
     * to this file; polling it is how an open window notices papers imported elsewhere.
     */
    public synchronized long dataVersion() {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA data_version")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Work that runs against the connection and may throw SQL errors. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} under the library's lock, outside any transaction of its own. */
    public synchronized <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: wholly applied, or rolled back on any error. */
    public synchronized <T> T write(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original error says more
            }
            if (e instanceof RuntimeException re) throw re;
            throw new StoreException(e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next call reports it
            }
        }
    }

    /** A timestamp as the library stores it. */
    public static String now() {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection has nothing left to save
        }
    }
}
