package org.lectern.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.lectern.library.Paper;

/**
 * Lectern's own JSON: a list of papers with every field a reader keeps, in a stable key order.
 * The import reads it back, so a library survives a round trip.
 */
public final class JsonExport {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonExport() {
    }

    /** One paper's fields as the JSON export writes them, in its order; {@code lectern show --json} uses them too. */
    public static Map<String, Object> fields(Paper p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("abstract", p.abstractText());
        m.put("authors", p.authors());
        m.put("author_names", p.authorNames());
        m.put("published", p.published() == null ? null : p.published().toString());
        m.put("upvotes", p.upvotes());
        m.put("comments", p.comments());
        m.put("status", p.status().key());
        m.put("tags", p.tags());
        m.put("families", p.families());
        m.put("note", p.note());
        m.put("arxiv_id", p.arxivId());
        m.put("url", p.url());
        m.put("bibtex_key", p.bibtexKey());
        m.put("split_confidence", p.splitConfidence());
        return m;
    }

    static void write(List<Paper> papers, Writer out) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>(papers.size());
        for (Paper p : papers) list.add(fields(p));
        MAPPER.writeValue(out, list);
        out.write('\n');
    }
}
