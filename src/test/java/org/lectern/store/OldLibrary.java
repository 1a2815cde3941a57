package org.lectern.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A library file as an earlier version left it: that version's schema scripts, its number, and rows written by hand. */
final class OldLibrary {
    private OldLibrary() {
    }

    /** The row {@code paper} (paper {@code id}), the note "remember zebrafish" and the tag "quokka" on it, then {@code more}. */
    static List<String> paperWithNoteAndTag(long id, String paper, String... more) {
        List<String> rows = new ArrayList<>();
        rows.add(paper);
        rows.add("INSERT INTO note(paper_id, body, updated_at) VALUES (" + id + ", 'remember zebrafish', '2024-01-01T00:00:00Z')");
        rows.add("INSERT INTO tag(id, name) VALUES (1, 'quokka')");
        rows.add("INSERT INTO paper_tag(paper_id, tag_id) VALUES (" + id + ", 1)");
        rows.addAll(List.of(more));
        return rows;
    }

    /** Writes {@code file} with the {@code scripts} (in order), {@code user_version = version}, then each of {@code rows}. */
    static void write(Path file, List<String> scripts, int version, List<String> rows) throws IOException, SQLException {
        StringBuilder schema = new StringBuilder();
        for (String name : scripts) {
            try (InputStream in = Library.class.getResourceAsStream(name)) {
                if (in == null) throw new IOException("no schema script " + name + " beside " + Library.class.getName());
                schema.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(schema.toString());
            s.execute("PRAGMA user_version = " + version);
            for (String row : rows) s.execute(row);
        }
    }
}
