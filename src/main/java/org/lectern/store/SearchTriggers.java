package org.lectern.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The triggers that keep the search index in step with papers, notes and tags, made from one
 * description for the two schemas that have them: 7 made them, 8 made them again skipping papers
 * still in the search backlog. Their text is exactly what those two scripts once held, so a library
 * either wrote passes {@link SchemaCheck}.
 *
 * <p>The index is an external-content index over the view paper_search, and such an index forgets a
 * row only when told the exact text it indexed for it: so every trigger first removes the row's old
 * text, then adds its new one. Only AFTER triggers on note and paper_tag: an upsert that changes
 * nothing fires no AFTER trigger, and so leaves the index alone. The paper's delete is a BEFORE
 * trigger: its note and tags are still there (they go by cascade after it), so the text removed is
 * the text indexed; the note and tag triggers the cascade fires find no paper and do nothing. A tag's
 * text before the change is the tags now without the added one (or with the removed one): the order
 * of the words does not matter to the index, only which words they are.
 *
 * <p>Schema 8: a paper whose id is in a search backlog range is not in the index yet, and an
 * external-content index told to 'delete' text it never held is corrupted, so every trigger skips it;
 * the backlog's fill reads the paper's title, abstract, note and tags as they are when it gets to it.
 */
final class SearchTriggers {
    private static final String ALL_TAGS_BUT_NEW = "coalesce((SELECT group_concat(t.name, ' ') FROM paper_tag pt"
            + " JOIN tag t ON t.id = pt.tag_id WHERE pt.paper_id = new.paper_id AND pt.tag_id <> new.tag_id), '')";
    private static final String TAGS_WITH_OLD = "s.tags || ' ' || coalesce((SELECT t.name FROM tag t WHERE t.id = old.tag_id), '')";

    /** One trigger: what fires it, the paper it is about, and what it does to the index. */
    private record Trigger(String name, String event, String paperId, String body) {
        String sql(boolean skipBacklog) {
            String when = skipBacklog ? " WHEN NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.first_id <= "
                    + paperId + " AND b.last_id >= " + paperId + ")" : "";
            return "CREATE TRIGGER " + name + " " + event + when + " BEGIN\n" + body + "END";
        }
    }

    private static final List<Trigger> TRIGGERS = List.of(
            new Trigger("paper_fts_insert", "AFTER INSERT ON paper", "new.id",
                    "    INSERT INTO paper_fts(rowid, title, abstract, note, tags) VALUES (new.id, new.title, new.abstract, '', '');\n"),
            new Trigger("paper_fts_update", "AFTER UPDATE OF title, abstract ON paper", "new.id",
                    remove("old.id, old.title, old.abstract, s.note, s.tags", "new.id") + add("new.id")),
            new Trigger("paper_fts_delete", "BEFORE DELETE ON paper", "old.id",
                    remove("s.id, s.title, s.abstract, s.note, s.tags", "old.id")),
            new Trigger("note_fts_insert", "AFTER INSERT ON note", "new.paper_id",
                    remove("s.id, s.title, s.abstract, '', s.tags", "new.paper_id") + add("new.paper_id")),
            new Trigger("note_fts_update", "AFTER UPDATE OF body ON note", "new.paper_id",
                    remove("s.id, s.title, s.abstract, old.body, s.tags", "old.paper_id") + add("new.paper_id")),
            new Trigger("note_fts_delete", "AFTER DELETE ON note", "old.paper_id",
                    remove("s.id, s.title, s.abstract, old.body, s.tags", "old.paper_id") + add("old.paper_id")),
            new Trigger("tag_fts_insert", "AFTER INSERT ON paper_tag", "new.paper_id",
                    remove("s.id, s.title, s.abstract, s.note, " + ALL_TAGS_BUT_NEW, "new.paper_id") + add("new.paper_id")),
            new Trigger("tag_fts_delete", "AFTER DELETE ON paper_tag", "old.paper_id",
                    remove("s.id, s.title, s.abstract, s.note, " + TAGS_WITH_OLD, "old.paper_id") + add("old.paper_id")));

    private SearchTriggers() {
    }

    /** Drops the search triggers the file has (those of an earlier schema) and makes this build's; {@code skipBacklog} for schema 8 on. */
    static void replace(Connection c, boolean skipBacklog) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Trigger t : TRIGGERS) {
                s.execute("DROP TRIGGER IF EXISTS " + t.name());
                s.execute(t.sql(skipBacklog));
            }
        }
    }

    /** Tells the index to forget {@code indexed} (rowid, title, abstract, note, tags) of paper {@code id}. */
    private static String remove(String indexed, String id) {
        return "    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)\n"
                + "    SELECT 'delete', " + indexed + " FROM paper_search s WHERE s.id = " + id + ";\n";
    }

    /** Gives the index paper {@code id}'s text as it is now. */
    private static String add(String id) {
        return "    INSERT INTO paper_fts(rowid, title, abstract, note, tags)\n"
                + "    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = " + id + ";\n";
    }
}
