package org.lectern.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
    public static final int SCHEMA_VERSION = 9;

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final Path snapshot;
    /** Set when the process is being stopped: no new work starts, so the shutdown can close the file. */
    private volatile boolean closing;
    private final Object interrupts = new Object();
    private boolean interruptsStopped;
    private final SearchIndexing searchIndex = new SearchIndexing(this);

    private Library(Path file, Connection connection, boolean readOnly, Path snapshot) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.snapshot = snapshot;
    }

    /**
     * Opens (creating when missing) the library at {@code file} and brings its schema up to date. A file
     * or folder that may not be written is opened for reading only: reading commands still work and
     * the first write says the library is read-only.
     */
    public static Library open(Path file) {
        Path absolute = file.toAbsolutePath();
        Path parent = absolute.getParent();
        if (Files.isRegularFile(absolute) && (!Files.isWritable(absolute) || !Files.isWritable(parent))) {
            return ReadOnlyLibrary.open(absolute);
        }
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        if (!Files.exists(absolute) && !Files.isWritable(parent)) {
            throw new StoreException("cannot create the library " + absolute + ": the folder " + parent + " is read-only");
        }
        Connection c;
        try {
            SQLiteConfig config = new SQLiteConfig();
            // Take the write lock when a transaction begins, so a second writer waits instead of failing midway.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            c = SqliteFiles.open(absolute, config);
        } catch (SQLException e) {
            throw LibraryErrors.describe(absolute, e);
        }
        Library library = new Library(file, c, false, null);
        try {
            library.refuseNewerSchema();
            library.configure();
            library.migrate();
        } catch (SQLException | RuntimeException e) {
            library.close();
            if (e instanceof StoreException se) throw se;
            if (e instanceof SQLException sql) throw LibraryErrors.describe(absolute, sql);
            throw new StoreException("cannot open the library " + file + ": " + e.getMessage(), e);
        }
        OpenLibraries.register(library);
        // an import killed before its papers were all indexed for search: the index is finished now
        library.searchIndex.startIfPending();
        return library;
    }

    /** A library on a connection that only reads; {@code snapshot} is a private copy to delete at close. */
    static Library reading(Path file, Connection c, Path snapshot) throws SQLException {
        Library library = new Library(file, c, true, snapshot);
        try {
            library.refuseNewerSchema();
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA foreign_keys = ON");
            }
            int version = library.userVersion();
            if (version < SCHEMA_VERSION) {
                throw new StoreException("the library " + file.toAbsolutePath() + " is read-only and "
                        + (version == 0 ? "is not a Lectern library" : "needs an upgrade (schema " + version
                        + " to " + SCHEMA_VERSION + ") that would write to it") + "; make it writable first");
            }
        } catch (SQLException | RuntimeException e) {
            library.close();
            throw e;
        }
        OpenLibraries.register(library);
        return library;
    }

    /** The filling of the search index after a large import. */
    public SearchIndexing searchIndex() {
        return searchIndex;
    }

    /** True when this library was opened for reading only (its file or folder may not be written). */
    public boolean readOnly() {
        return readOnly;
    }

    private void configure() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            useWriteAheadLog(s);
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("PRAGMA foreign_keys = ON");
            // SQLite's own page cache, malloc'd and so resident; the operating system caches the file's pages
            // beneath it. At 100,000 papers 4 MB instead of 32 MB took about 35 MB off the window's resident
            // memory and the command line's import, for about 5% on search's 95th percentile
            // (docs/PERFORMANCE.md, "Memory at 100,000 papers").
            s.execute("PRAGMA cache_size = -4000");
            // A ceiling on the file's size, so a full disk can be tried without filling one.
            Integer maxPages = Integer.getInteger("lectern.maxPageCount");
            if (maxPages != null) s.execute("PRAGMA max_page_count = " + maxPages);
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
            boolean auto = connection.getAutoCommit();
            // Begins an IMMEDIATE transaction: a second process opening the same new file waits here,
            // then sees the version the first one wrote and skips the step instead of repeating it.
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                if (userVersion() < next) {
                    migrationStep(connection, next);
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

    /** Brings {@code c} from schema {@code version - 1} to {@code version}: its script, and any step SQL alone cannot do. */
    static void migrationStep(Connection c, int version) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(migrationScript(version));
        }
        if (version == IdentityMigration.VERSION) IdentityMigration.apply(c);
        if (version == 7 || version == 8) SearchTriggers.replace(c, version == 8);
    }

    static String migrationScript(int version) {
        String name = "V" + version + "__" + migrationName(version) + ".sql";
        try (InputStream in = Library.class.getResourceAsStream(name)) {
            if (in == null) throw new StoreException("missing schema migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read schema migration " + name, e);
        }
    }

    /** The migrations' names, schema 1's first: {@code V<n>__<name>.sql}. */
    private static final String[] MIGRATIONS = {"library", "proposal_rejection", "search_prefixes", "title_order",
        "author_names", "identity", "lean_search", "search_backlog", "year_only_dates"};

    private static String migrationName(int version) {
        if (version < 1 || version > MIGRATIONS.length) throw new StoreException("no schema migration numbered " + version);
        return MIGRATIONS[version - 1];
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
        refuseWhenClosing();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw LibraryErrors.describe(file, e);
        }
    }

    /** How deep the calling thread is in {@link #write}: a write inside a write joins the outer transaction. */
    private int writing;

    /**
     * Runs {@code work} in one transaction: wholly applied, or rolled back on any error. A write made
     * inside another's work (several changes made as one) is part of that transaction.
     */
    public synchronized <T> T write(Work<T> work) {
        refuseWhenClosing();
        if (writing > 0) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw LibraryErrors.describe(file, e);
            }
        }
        if (readOnly) {
            Path absolute = file.toAbsolutePath();
            throw new StoreException("the library " + absolute + " is read-only (" + (Files.isWritable(absolute)
                    ? "its folder " + absolute.getParent() + " may not be written" : "the file may not be written")
                    + "); nothing was changed");
        }
        writing++;
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            // stopped by the shutdown's interrupt: no further interrupt may stop the rollback itself
            if (closing) stopInterrupting();
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original error says more
            }
            if (e instanceof RuntimeException re) throw re;
            throw LibraryErrors.describe(file, (SQLException) e);
        } finally {
            writing--;
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

    private void refuseWhenClosing() {
        if (closing) throw new StoreException("Lectern is stopping; the library " + file + " was closed");
    }

    /**
     * Closes the library from the shutdown: new work is refused and the statement running now is
     * interrupted (its transaction rolls back), so the close does not wait for a long import.
     */
    void closeForShutdown(long timeoutMillis) {
        closing = true;
        Thread closer = new Thread(this::close, "lectern-close");
        closer.setDaemon(true);
        closer.start();
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        try {
            while (closer.isAlive() && System.nanoTime() < deadline) {
                synchronized (interrupts) {
                    if (!interruptsStopped) {
                        try {
                            connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase().interrupt();
                        } catch (SQLException ignored) {
                            // already closed
                        }
                    }
                }
                closer.join(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ends the interrupting of {@link #closeForShutdown} before the connection closes: an interrupt
     * still pending would also stop the checkpoint that folds the write-ahead log into the file. A
     * statement begun while none runs clears it.
     */
    private void stopInterrupting() {
        synchronized (interrupts) {
            interruptsStopped = true;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException ignored) {
            // a broken connection: closing it is all that is left
        }
    }

    @Override
    public synchronized void close() {
        searchIndex.stop();
        OpenLibraries.unregister(this);
        if (closing) stopInterrupting();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection has nothing left to save
        }
        if (snapshot != null) ReadOnlyLibrary.delete(snapshot);
    }
}
