package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.lectern.library.TagCount;

/** The tags of papers. */
final class PaperTags {
    private final Library library;

    PaperTags(Library library) {
        this.library = library;
    }

    /** Adds a tag (created when new); returns false when the paper already had it. */
    public boolean addTag(long id, String tag) {
        return library.write(c -> addTag(c, id, tag));
    }

    static boolean addTag(Connection c, long paperId, String tag) throws SQLException {
        String name = tag.strip();
        if (name.isEmpty()) throw new StoreException("a tag needs a name");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tag(name) VALUES (?) ON CONFLICT(name) DO NOTHING")) {
            s.setString(1, name);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO paper_tag(paper_id, tag_id) SELECT ?, id FROM tag WHERE name = ?
                ON CONFLICT DO NOTHING""")) {
            s.setLong(1, paperId);
            s.setString(2, name);
            return s.executeUpdate() > 0;
        }
    }

    /** Removes a tag from a paper; returns false when it did not have it. */
    public boolean removeTag(long id, String tag) {
        return library.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM paper_tag WHERE paper_id = ? AND tag_id = (SELECT id FROM tag WHERE name = ?)")) {
                s.setLong(1, id);
                s.setString(2, tag.strip());
                return s.executeUpdate() > 0;
            }
        });
    }

    /** Whether a tag of that name exists, on any paper or none. */
    public boolean tagExists(String tag) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM tag WHERE name = ?")) {
                s.setString(1, tag.strip());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Deletes the tag {@code tag} when no paper has it (the undo of the change that created it). */
    public void dropUnusedTag(String tag) {
        library.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM tag WHERE name = ? AND NOT EXISTS (SELECT 1 FROM paper_tag WHERE tag_id = tag.id)")) {
                s.setString(1, tag.strip());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Every tag in use, with its count, by name. */
    public List<TagCount> tags() {
        return library.read(c -> {
            List<TagCount> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT t.name, count(pt.paper_id) FROM tag t JOIN paper_tag pt ON pt.tag_id = t.id
                    GROUP BY t.id ORDER BY t.name COLLATE NOCASE""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new TagCount(rs.getString(1), rs.getInt(2)));
            }
            return out;
        });
    }
}
