package org.lectern.listing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the listing fixtures and their expected parse from the test class path. */
final class Fixtures {
    private Fixtures() {
    }

    /** One expected paper of a fixture. */
    record Expected(int line, Integer upvotes, String title, String abstractText, int authors, String published,
                    Integer comments) {
    }

    static String text(String name) {
        return Resources.text("listings/" + name);
    }

    static List<Expected> expected(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/expected/" + name)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Expected> out = new ArrayList<>();
            int index = 0;
            for (JsonNode n : root) {
                index++;
                // the dev file has no line numbers: its papers are one per line, in order
                int line = n.has("line") ? n.get("line").asInt() : index;
                out.add(new Expected(line, n.get("upvotes").isNull() ? null : n.get("upvotes").asInt(),
                        n.get("title").asText(), n.get("abstract").asText(), n.get("authors").asInt(),
                        n.get("published").asText(),
                        n.get("comments").isNull() ? null : n.get("comments").asInt()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every expected paper of the seed and the dev listing. */
    static List<Expected> allExpected() {
        List<Expected> all = new ArrayList<>(expected("seed-ernie-and-friends.json"));
        all.addAll(expected("dev-daily-papers-2024.json"));
        return all;
    }
}
