package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.lectern.library.PaperDate;
import org.lectern.library.Titles;

/**
 * Changes the descriptive fields of a paper (what a listing gave it), keeping its identity in step: the
 * title key and the text hash are worked out again in the same transaction, and search follows through
 * the triggers. An edited title or abstract counts as a sure split, so no import replaces it.
 */
public final class PaperEdits {
    /** The fields a reader can edit. */
    public enum Field {
        TITLE, ABSTRACT, ARXIV_ID, URL, PUBLISHED, AUTHORS, AUTHOR_NAMES
    }

    private static final Pattern ARXIV = Pattern.compile("\\d{4}\\.\\d{4,5}|[a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7}");

    private final Library library;

    public PaperEdits(Library library) {
        this.library = library;
    }

    /**
     * Sets the given fields (a null value clears the field, except the title, which is required) and
     * returns the paper's snapshot from before, to give back with {@link PaperSnapshot#restore}.
     */
    public PaperSnapshot edit(long paperId, Map<Field, Object> changes) {
        Map<Field, Object> checked = check(changes);
        return library.write(c -> {
            PaperSnapshot before = PaperSnapshot.take(c, java.util.List.of(paperId));
            if (before.papers() == 0) throw new StoreException("no paper with id " + paperId);
            String arxiv = (String) checked.get(Field.ARXIV_ID);
            if (arxiv != null) refuseTakenId(c, paperId, arxiv);
            String[] text = text(c, paperId);
            String title = checked.containsKey(Field.TITLE) ? (String) checked.get(Field.TITLE) : text[0];
            String abs = checked.containsKey(Field.ABSTRACT) ? (String) checked.get(Field.ABSTRACT) : text[1];
            StringBuilder sql = new StringBuilder("UPDATE paper SET title = ?, title_key = ?, abstract = ?, text_hash = ?");
            boolean textEdited = checked.containsKey(Field.TITLE) || checked.containsKey(Field.ABSTRACT);
            if (textEdited) sql.append(", split_confidence = 1.0, needs_details = 0");
            for (Field f : checked.keySet()) {
                switch (f) {
                    case ARXIV_ID -> sql.append(", arxiv_id = ?");
                    case URL -> sql.append(", url = ?");
                    case PUBLISHED -> sql.append(", published = ?");
                    case AUTHORS -> sql.append(", authors = ?");
                    case AUTHOR_NAMES -> sql.append(", author_names = ?");
                    default -> { }
                }
            }
            sql.append(" WHERE id = ?");
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                int i = 1;
                s.setString(i++, title);
                s.setString(i++, Titles.key(title));
                s.setString(i++, abs);
                s.setLong(i++, TextIdentity.textHash(title, abs));
                for (Map.Entry<Field, Object> e : checked.entrySet()) {
                    switch (e.getKey()) {
                        case ARXIV_ID, URL -> s.setString(i++, (String) e.getValue());
                        case PUBLISHED -> s.setString(i++, e.getValue() == null ? null : e.getValue().toString());
                        case AUTHOR_NAMES -> s.setString(i++, NameList.toColumn(names(e.getValue())));
                        case AUTHORS -> {
                            if (e.getValue() == null) s.setNull(i++, Types.INTEGER);
                            else s.setInt(i++, (Integer) e.getValue());
                        }
                        default -> { }
                    }
                }
                s.setLong(i, paperId);
                s.executeUpdate();
            }
            return before;
        });
    }

    /** Checks and normalises the values before anything is written; a bad one is refused with the reason. */
    static Map<Field, Object> check(Map<Field, Object> changes) {
        Map<Field, Object> out = new EnumMap<>(Field.class);
        for (Map.Entry<Field, Object> e : changes.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case TITLE -> {
                    if (v == null || v.toString().isBlank() || Titles.key(v.toString()).isEmpty()) {
                        throw new IllegalArgumentException("a title needs at least one letter or digit");
                    }
                    out.put(Field.TITLE, v.toString().strip());
                }
                case ABSTRACT -> out.put(Field.ABSTRACT, v == null ? "" : v.toString().strip());
                case ARXIV_ID -> {
                    String id = v == null ? null : TextIdentity.arxivId(v.toString());
                    if (id != null && !ARXIV.matcher(id).matches()) {
                        throw new IllegalArgumentException("'" + v + "' is not an arXiv id (expected e.g. 2401.01234)");
                    }
                    out.put(Field.ARXIV_ID, id);
                }
                case URL -> out.put(Field.URL, v == null || v.toString().isBlank() ? null : v.toString().strip());
                case PUBLISHED -> out.put(Field.PUBLISHED, v == null || v instanceof PaperDate ? v
                        : v instanceof LocalDate d ? PaperDate.day(d) : parseDate(v.toString()));
                case AUTHOR_NAMES -> out.put(Field.AUTHOR_NAMES, names(v));
                case AUTHORS -> {
                    Integer n = v == null ? null : v instanceof Integer i ? i : parseCount(v.toString());
                    if (n != null && n < 1) throw new IllegalArgumentException("the author count must be 1 or more, not " + n);
                    out.put(Field.AUTHORS, n);
                }
            }
        }
        return out;
    }

    /** Author names as a list of non-blank names (null or an empty list clears them). */
    private static java.util.List<String> names(Object v) {
        if (v == null) return java.util.List.of();
        if (!(v instanceof java.util.List<?> list)) throw new IllegalArgumentException("author names must be a list");
        return list.stream().map(String::valueOf).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private static PaperDate parseDate(String text) {
        PaperDate date;
        try {
            date = PaperDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (expected YYYY-MM-DD, YYYY-MM for a month, or YYYY for a year alone)");
        }
        // four digits, as every listing and export writes a year: "0000" is a slip, not a paper's year
        if (date.year() < 1000) throw new IllegalArgumentException("'" + text + "' is not a year a paper came out in (expected 1000 to 9999)");
        return date;
    }

    private static Integer parseCount(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of authors");
        }
    }

    private static void refuseTakenId(Connection c, long paperId, String arxiv) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, title FROM paper WHERE arxiv_id = ? AND id <> ?")) {
            s.setString(1, arxiv);
            s.setLong(2, paperId);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    throw new StoreException("paper " + rs.getLong(1) + " (" + rs.getString(2) + ") already has the arXiv id "
                            + arxiv + "; if they are the same paper, merge them (lectern merge " + rs.getLong(1) + " " + paperId + ")");
                }
            }
        }
    }

    private static String[] text(Connection c, long paperId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT title, abstract FROM paper WHERE id = ?")) {
            s.setLong(1, paperId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new StoreException("no paper with id " + paperId);
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }
}
