package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class FamiliesCommandTest extends CliLibraryTest {
    FamiliesCommandTest() {
        super(Cli::seedLibrary);
    }

    private static JsonNode named(JsonNode list, String name) {
        for (JsonNode f : list) {
            if (f.get("name").asText().equals(name)) return f;
        }
        throw new AssertionError("no '" + name + "' in " + list);
    }

    @Test
    void suggestPrintsProposalsAsJsonAndAcceptCreatesThem() throws Exception {
        Cli.Result none = Cli.run(file, "families");
        assertEquals(0, none.code(), none.err());
        assertTrue(none.out().contains("No families yet"), none.out());

        Cli.Result suggested = Cli.run(file, "families", "suggest", "--json");
        assertEquals(0, suggested.code(), suggested.err());
        JsonNode proposals = new ObjectMapper().readTree(suggested.out());
        assertTrue(proposals.size() >= 3, suggested.out());
        JsonNode ernie = named(proposals, "ERNIE");
        assertEquals(12, ernie.get("papers").size());
        ernie.get("papers").forEach(t -> assertTrue(t.asText().startsWith("ERNIE"), t.asText()));
        for (JsonNode p : proposals) {
            assertTrue(p.get("reason").isArray() && p.get("reason").size() > 0, p.toString());
        }

        Cli.Result accepted = Cli.run(file, "families", "suggest", "--accept");
        assertEquals(0, accepted.code(), accepted.err());
        assertTrue(accepted.out().contains("Created " + proposals.size() + " families"), accepted.out());

        Cli.Result listed = Cli.run(file, "families", "--json");
        assertEquals(0, listed.code(), listed.err());
        JsonNode families = new ObjectMapper().readTree(listed.out());
        assertEquals(proposals.size(), families.size());
        assertEquals(12, named(families, "ERNIE").get("papers").size());
        assertEquals("model", named(families, "ERNIE").get("kind").asText());

        Cli.Result table = Cli.run(file, "families");
        assertTrue(table.out().contains("ERNIE  (model, 12 papers, 0 read)"), table.out());
        assertTrue(table.out().contains("    ERNIE-ViL: Knowledge Enhanced Vision-Language Representations Through Scene Graph"),
                table.out());

        Cli.Result again = Cli.run(file, "families", "suggest", "--json");
        assertEquals(0, again.code(), again.err());
        for (JsonNode p : new ObjectMapper().readTree(again.out())) {
            assertTrue(!p.get("name").asText().equals("ERNIE"), again.out());
        }
    }
}
