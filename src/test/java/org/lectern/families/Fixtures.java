package org.lectern.families;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The expected-parse fixtures as documents with their reference labels. */
final class Fixtures {

    /** A document and the label the fixture gives it (null when it belongs to no family). */
    record Labelled(Document doc, String label) {
    }

    private Fixtures() {
    }

    /** The seed listing, labelled by its {@code family} field. */
    static List<Labelled> seed() {
        return load("/expected/seed-ernie-and-friends.json", "family");
    }

    /** The dev listing, labelled by its hand-assigned {@code group}. */
    static List<Labelled> dev() {
        return load("/expected/dev-daily-papers-2024.json", "group");
    }

    static List<Document> docs(List<Labelled> ls) {
        return ls.stream().map(Labelled::doc).toList();
    }

    static List<Labelled> load(String resource, String labelField) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Labelled> out = new ArrayList<>();
            long id = 1;
            for (JsonNode p : root) {
                JsonNode label = p.get(labelField);
                out.add(new Labelled(new Document(id++, p.get("title").asText(), p.get("abstract").asText()),
                        label == null || label.isNull() ? null : label.asText()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
