package org.lectern.listing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.lectern.library.PaperDate;

/** Reads Lectern's own JSON export (written by org.lectern.export): an array of papers with their reading state. */
public final class LecternJsonFormat {
    static final String NAME = "lectern-json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Why one object of the array is not a paper. */
    private static final class BadObject extends Exception {
        BadObject(String message) {
            super(message, null, false, false);
        }
    }

    ParseResult parse(String text) {
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int objectLine = 1;
        try (JsonParser parser = new JsonFactory(MAPPER).createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                diagnostics.add(new Diagnostic(line(parser), "a Lectern export is a JSON array of papers"));
                rest(json, 1, Integer.MAX_VALUE, "not read: the text is not a JSON array of papers", diagnostics);
                return new ParseResult(NAME, papers, diagnostics);
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    diagnostics.add(new Diagnostic(line(parser), "the JSON array is not closed"));
                    break;
                }
                int line = line(parser);
                objectLine = line;
                JsonNode node = parser.readValueAsTree();
                try {
                    papers.add(paper(line, node));
                } catch (BadObject e) {
                    diagnostics.add(new Diagnostic(line, "paper object skipped: " + e.getMessage()));
                    rest(json, line + 1, parser.currentLocation().getLineNr(), "part of the skipped object at line "
                            + line, diagnostics);
                }
            }
            int end = parser.currentLocation().getLineNr();
            objectLine = end + 1;
            if (parser.nextToken() != null) {
                diagnostics.add(new Diagnostic(line(parser), "text after the end of the JSON array"));
                rest(json, end, Integer.MAX_VALUE, "text after the end of the JSON array", diagnostics);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            diagnostics.add(new Diagnostic(line, "not valid JSON: " + e.getOriginalMessage()));
            // nothing from the object that broke onwards was read: say so for each of its lines
            rest(json, objectLine, Integer.MAX_VALUE, "not read: the JSON breaks at line " + line, diagnostics);
            diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::line));
        } catch (IOException e) {
            diagnostics.add(new Diagnostic(1, "the export could not be read: " + e.getMessage()));
        }
        return new ParseResult(NAME, papers, diagnostics);
    }

    /** A diagnostic for every non-blank line from..to (inclusive) that has none yet. */
    private static void rest(String json, int from, int to, String message, List<Diagnostic> diagnostics) {
        ListingText lines = ListingText.of(json);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        diagnostics.forEach(d -> seen.add(d.line()));
        for (int n = Math.max(1, from); n <= Math.min(to, lines.size()); n++) {
            if (!seen.contains(n) && !ListingText.isBlank(lines.line(n))) {
                diagnostics.add(new Diagnostic(n, message));
            }
        }
        diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::line));
    }

    private static int line(JsonParser parser) {
        return Math.max(1, parser.currentTokenLocation().getLineNr());
    }

    private static ParsedPaper paper(int line, JsonNode n) throws BadObject {
        if (!n.isObject()) {
            throw new BadObject("expected an object, found " + n.getNodeType().toString().toLowerCase());
        }
        String title = text(n, "title");
        if (title == null || title.isBlank()) {
            throw new BadObject("no title");
        }
        PaperDate published = null;
        String date = text(n, "published");
        if (date != null && !date.isEmpty()) {
            try {
                published = PaperDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new BadObject("published is '" + date + "', expected YYYY-MM-DD, YYYY-MM for a month, or YYYY for a year alone");
            }
        }
        String abstractText = text(n, "abstract");
        ParsedPaper.Extras extras = new ParsedPaper.Extras(text(n, "status"), strings(n, "tags"),
                strings(n, "families"), text(n, "note"));
        return new ParsedPaper(line, integer(n, "upvotes"), title.strip(), abstractText == null ? "" : abstractText,
                integer(n, "authors"), published, integer(n, "comments"), text(n, "arxiv_id"), text(n, "url"),
                confidence(n), extras, blankToNull(text(n, "bibtex_key")), strings(n, "author_names"));
    }

    /**
     * How sure the exported split is: a guessed one keeps its confidence through the round trip, so its
     * mark of uncertainty does too; an export without the key (or with null) had its title given.
     */
    private static double confidence(JsonNode n) throws BadObject {
        JsonNode v = n.get("split_confidence");
        if (v == null || v.isNull()) {
            return 1;
        }
        if (!v.isNumber() || !(v.asDouble() >= 0 && v.asDouble() <= 1)) {
            throw new BadObject("split_confidence should be a number from 0 to 1");
        }
        return v.asDouble();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(JsonNode n, String key) throws BadObject {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadObject(key + " should be text");
        }
        return v.asText();
    }

    private static Integer integer(JsonNode n, String key) throws BadObject {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
            throw new BadObject(key + " should be a whole number ≥ 0");
        }
        return v.asInt();
    }

    private static List<String> strings(JsonNode n, String key) throws BadObject {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new BadObject(key + " should be a list of text");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new BadObject(key + " should be a list of text");
            }
            out.add(item.asText());
        }
        return List.copyOf(out);
    }
}
