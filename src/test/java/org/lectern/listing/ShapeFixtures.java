package org.lectern.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The copied-page samples under /formats and their truth: each paper's id, title and authors' names. */
final class ShapeFixtures {
    record Truth(String arxivId, String title, List<String> names) {
    }

    private ShapeFixtures() {
    }

    static String text(String name) {
        return Resources.text("formats/" + name);
    }

    /** The papers of one shape ("arxiv-list", "hf-cards", "scholar", "dblp") in a truth file. */
    static List<Truth> truth(String file, String shape) {
        try {
            JsonNode root = new ObjectMapper().readTree(text(file));
            List<Truth> out = new ArrayList<>();
            for (JsonNode n : root.get(shape)) {
                List<String> names = new ArrayList<>();
                n.path("authors").forEach(a -> names.add(a.asText()));
                out.add(new Truth(n.path("arxiv_id").isMissingNode() || n.path("arxiv_id").isNull() ? null
                        : n.get("arxiv_id").asText(), n.get("title").asText(), names));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "published" dates (YYYY-MM-DD) of one shape's papers in a truth file. */
    static List<String> published(String file, String shape) {
        try {
            List<String> out = new ArrayList<>();
            new ObjectMapper().readTree(text(file)).get(shape).forEach(n -> out.add(n.get("published").asText()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scholar writes "A Zhang" for "Aonan Zhang": the initials of the given names, then the surname. */
    static String scholarName(String full) {
        String[] parts = full.split("\\s+");
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            for (String piece : parts[i].split("-")) {
                if (!piece.isEmpty()) {
                    initials.append(Character.toUpperCase(piece.charAt(0)));
                }
            }
        }
        return initials.length() == 0 ? full : initials + " " + parts[parts.length - 1];
    }
}
