package org.lectern.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Where the window was and how it was laid out, kept in a small file next to the library
 * ({@code library.db.window}), so each library opens as it was left.
 */
public final class WindowState {
    private final Path file;
    private final Properties values = new Properties();

    private WindowState(Path file) {
        this.file = file;
    }

    /** The state saved for {@code library}; empty when none was saved or it cannot be read. */
    public static WindowState forLibrary(Path library) {
        Path abs = library.toAbsolutePath();
        WindowState s = new WindowState(abs.resolveSibling(abs.getFileName() + ".window"));
        if (Files.isReadable(s.file)) {
            try (Reader r = Files.newBufferedReader(s.file)) {
                s.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear(); // a damaged layout file only costs the layout
            }
        }
        return s;
    }

    public Path file() {
        return file;
    }

    public double get(String key, double fallback) {
        try {
            String v = values.getProperty(key);
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void put(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    /** Writes the state (through a temporary file, so a crash never leaves half of it). */
    public void save() {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp)) {
                values.store(w, "Lectern window layout");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the layout is a convenience: failing to keep it must not stop the window from closing
        }
    }
}
