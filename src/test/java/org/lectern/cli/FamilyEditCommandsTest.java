package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.Family;
import org.lectern.store.Families;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/** families create, rename, add, remove, delete and suggest --accept NAME, through picocli on a real library. */
class FamilyEditCommandsTest extends CliLibraryTest {
    FamilyEditCommandsTest() {
        super(Cli::seedLibrary);
    }

    private List<String> members(String family) {
        try (Library library = Library.open(file)) {
            Families families = new Families(library);
            Family f = families.byName(family).orElseThrow();
            return families.papers(f.id()).stream().map(Families.Member::title).sorted().toList();
        }
    }

    private List<String> familyNames() {
        try (Library library = Library.open(file)) {
            return new Families(library).list().stream().map(Family::name).toList();
        }
    }

    @Test
    void theReaderCreatesRenamesFillsAndDeletesAFamily() {
        String first;
        String second;
        try (Library library = Library.open(file)) {
            var rows = new Papers(library).page(org.lectern.library.PaperFilter.all(), Papers.Sort.ADDED, false, 0, 2);
            first = String.valueOf(rows.get(0).id());
            second = String.valueOf(rows.get(1).id());
        }
        Cli.Result created = Cli.run(file, "families", "create", "To cite", first);
        assertEquals(0, created.code(), created.err());
        assertEquals(1, members("To cite").size());
        assertEquals(2, Cli.run(file, "families", "create", "to cite").code(), "the name is taken");

        Cli.Result added = Cli.run(file, "families", "add", "To cite", second, first);
        assertEquals(0, added.code(), added.err());
        assertTrue(added.out().contains("1 added, 1 unchanged"), added.out());
        assertEquals(2, members("To cite").size());

        assertEquals(0, Cli.run(file, "families", "remove", "To cite", first).code());
        assertEquals(1, members("To cite").size());

        assertEquals(0, Cli.run(file, "families", "rename", "To cite", "Cite soon").code());
        assertEquals(List.of("Cite soon"), familyNames());

        Cli.Result missing = Cli.run(file, "families", "add", "Nope", first);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("there is no family named 'Nope'"), missing.err());

        assertEquals(0, Cli.run(file, "families", "delete", "Cite soon").code());
        assertEquals(List.of(), familyNames());
    }

    @Test
    void suggestAcceptsOnlyTheProposalsNamed() throws Exception {
        JsonNode proposals = new ObjectMapper().readTree(Cli.run(file, "families", "suggest", "--json").out());
        assertTrue(proposals.size() >= 2, proposals.toString());
        String name = proposals.get(0).get("name").asText();
        Cli.Result unknown = Cli.run(file, "families", "suggest", "--accept", "No Such Proposal");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no proposal is named 'No Such Proposal'"), unknown.err());
        assertEquals(List.of(), familyNames(), "an unknown name creates nothing");

        Cli.Result accepted = Cli.run(file, "families", "suggest", "--accept", name.toLowerCase());
        assertEquals(0, accepted.code(), accepted.err());
        assertEquals(List.of(name), familyNames());
    }
}
