package org.lectern.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Papers known by an arXiv id or link alone, marked "needs details". An import that brings a paper with
 * the same id fills the same row in (see {@link Importer}), so what the reader gave the placeholder
 * (status, notes, tags, families, queue place) stays with the paper.
 */
public final class Placeholders {
    /** What the reader is shown for a paper waiting for its details. */
    public static final String LABEL = "needs details";

    private final Library library;

    public Placeholders(Library library) {
        this.library = library;
    }

    /** Whether the paper with this id is still a placeholder. */
    public boolean needsDetails(long paperId) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT needs_details FROM paper WHERE id = ?")) {
                s.setLong(1, paperId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getInt(1) != 0;
                }
            }
        });
    }

    /** Every placeholder's id, oldest first. */
    public List<Long> all() {
        return library.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM paper WHERE needs_details = 1 ORDER BY id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        });
    }
}
