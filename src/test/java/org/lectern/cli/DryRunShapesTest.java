package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --dry-run --json} reports the arXiv id and the authors' names of every copied-page shape. */
class DryRunShapesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void idsAndNamesOfEveryShape() throws IOException {
        JsonNode truth = JSON.readTree(getClass().getResourceAsStream("/formats/truth.json"));
        String[][] shapes = {{"arxiv-list.txt", "arxiv-list", "names"}, {"dblp.txt", "dblp", "names"},
            {"hf-cards.txt", "hf-cards", ""}, {"scholar.txt", "scholar", "surnames"}};
        for (String[] s : shapes) {
            Path file = dir.resolve(s[0]);
            try (InputStream in = getClass().getResourceAsStream("/formats/" + s[0])) {
                Files.copy(in, file);
            }
            Cli.Result r = Cli.run(dir.resolve("library.db"), "import", "--dry-run", "--json", file.toString());
            assertEquals(0, r.code(), r.err());
            JsonNode papers = JSON.readTree(r.out()).get("papers");
            JsonNode want = truth.get(s[1]);
            assertEquals(want.size(), papers.size(), s[0]);
            for (int i = 0; i < want.size(); i++) {
                JsonNode p = papers.get(i);
                assertEquals(want.get(i).get("arxiv_id").asText(), p.get("arxiv_id").asText(), s[0] + " " + i);
                List<String> names = strings(p.get("author_names"));
                List<String> full = strings(want.get(i).get("authors"));
                if (s[2].equals("names")) {
                    assertEquals(full, names, s[0] + " " + i);
                } else if (s[2].equals("surnames")) {
                    // Scholar shows initials and the first few surnames
                    for (int k = 0; k < names.size(); k++) {
                        assertEquals(last(full.get(k)), last(names.get(k)), s[0] + " " + i);
                    }
                    assertEquals(true, !names.isEmpty(), s[0] + " " + i);
                } else {
                    assertEquals(List.of(), names, "a card shows no names");
                }
            }
        }
    }

    private static String last(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
