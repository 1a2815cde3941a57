package org.lectern.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/** An expected-parse fixture as parsed papers with the family label a reader gave each. */
final class LabelledListing {
    record Labelled(ParsedPaper paper, String label) {
    }

    private LabelledListing() {
    }

    /** The seed, labelled by {@code family}. */
    static List<Labelled> seed() {
        return load("/expected/seed-ernie-and-friends.json", "family");
    }

    /** The dev listing, labelled by its hand-assigned {@code group}. */
    static List<Labelled> dev() {
        return load("/expected/dev-daily-papers-2024.json", "group");
    }

    static ParseResult listing(List<Labelled> papers) {
        return new ParseResult("test", papers.stream().map(Labelled::paper).toList(), List.of());
    }

    /** Each paper's label by the id the library gave it (matched by title). */
    static Map<Long, String> labelsById(Library library, List<Labelled> papers) {
        Map<String, String> byTitle = new HashMap<>();
        papers.forEach(l -> byTitle.put(l.paper().title(), l.label()));
        return library.read(c -> {
            Map<Long, String> out = new HashMap<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id, title FROM paper")) {
                while (rs.next()) {
                    if (byTitle.containsKey(rs.getString(2))) out.put(rs.getLong(1), String.valueOf(byTitle.get(rs.getString(2))));
                }
            }
            return out;
        });
    }

    private static List<Labelled> load(String resource, String labelField) {
        try (InputStream in = LabelledListing.class.getResourceAsStream(resource)) {
            List<Labelled> out = new ArrayList<>();
            int line = 1;
            for (JsonNode p : new ObjectMapper().readTree(in)) {
                JsonNode label = p.get(labelField);
                out.add(new Labelled(TestPapers.paper(line++, p.get("title").asText(), p.get("abstract").asText(), null, null),
                        label == null || label.isNull() ? null : label.asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
