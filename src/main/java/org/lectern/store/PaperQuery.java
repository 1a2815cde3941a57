package org.lectern.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.lectern.library.PaperFilter;

/**
 * The FROM, WHERE and ORDER BY of a filtered list, with its parameters. {@code countFrom} is the FROM and
 * WHERE that count it, taking the same parameters.
 */
record PaperQuery(String from, String where, String orderBy, List<String> params, String fts, boolean searchOnly,
        String countFrom) {
    static final String BY_RANK = " ORDER BY paper_fts.rank";

    static PaperQuery of(PaperFilter f, Papers.Sort sort, boolean descending) {
        List<String> conditions = new ArrayList<>();
        List<String> params = new ArrayList<>();
        String fts = SearchQuery.toFts(f.search());
        String from = fts != null ? " FROM paper_fts JOIN paper p ON p.id = paper_fts.rowid" : " FROM paper p";
        if (fts != null) {
            conditions.add("paper_fts MATCH ?");
            params.add(fts);
        }
        if (f.view() == PaperFilter.View.QUEUE) conditions.add("p.queue_pos IS NOT NULL");
        if (f.view() == PaperFilter.View.RECENT) conditions.add("p.import_id = (SELECT max(import_id) FROM paper)");
        if (f.status() != null) {
            conditions.add("p.status = ?");
            params.add(f.status().key());
        }
        if (f.family() != null) {
            conditions.add("p.id IN (SELECT m.paper_id FROM family_member m JOIN family fa ON fa.id = m.family_id "
                    + "WHERE fa.name = ?)");
            params.add(f.family());
        }
        if (f.tag() != null) {
            conditions.add("p.id IN (SELECT pt.paper_id FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id "
                    + "WHERE t.name = ?)");
            params.add(f.tag());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Papers.Sort effective = sort;
        if (sort == Papers.Sort.RELEVANCE && fts == null) effective = f.view() == PaperFilter.View.QUEUE ? Papers.Sort.QUEUE : Papers.Sort.ADDED;
        String dir = descending ? " DESC" : " ASC";
        String order = switch (effective) {
            case RELEVANCE -> BY_RANK;
            case TITLE -> " ORDER BY p.title COLLATE NOCASE" + dir + ", p.id" + dir;
            case STATUS -> " ORDER BY p.status" + dir + ", p.id" + dir;
            case UPVOTES -> " ORDER BY p.upvotes" + dir + ", p.id" + dir;
            case PUBLISHED -> " ORDER BY p.published" + dir + ", p.id" + dir;
            case ADDED -> " ORDER BY p.id" + dir;
            case QUEUE -> " ORDER BY p.queue_pos" + dir + ", p.id" + dir;
        };
        return new PaperQuery(from, where, order, params, fts, fts != null && conditions.size() == 1,
                membersOnly(f) ? memberCount(f) : from + where);
    }

    /** Whether a family or a tag is all {@code f} asks: its papers are then its member rows. */
    private static boolean membersOnly(PaperFilter f) {
        return (f.family() != null || f.tag() != null) && f.status() == null && f.view() == PaperFilter.View.ALL
                && SearchQuery.toFts(f.search()) == null;
    }

    /**
     * Counts a family's or a tag's papers in its member rows alone, without a look-up into each paper's
     * row: the schema's cascades delete a paper's member rows with it, so every member row is a paper.
     * The family's parameter comes before the tag's, as in the list's own WHERE.
     */
    private static String memberCount(PaperFilter f) {
        String tag = "(SELECT id FROM tag WHERE name = ?)";
        if (f.family() == null) return " FROM paper_tag pt WHERE pt.tag_id = " + tag;
        String family = " FROM family_member m WHERE m.family_id = (SELECT id FROM family WHERE name = ?)";
        if (f.tag() == null) return family;
        return family + " AND EXISTS (SELECT 1 FROM paper_tag pt WHERE pt.paper_id = m.paper_id AND pt.tag_id = " + tag + ")";
    }

    int bind(PreparedStatement s) throws SQLException {
        int i = 1;
        for (String p : params) s.setString(i++, p);
        return i;
    }
}
