package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.lectern.library.Paper;
import org.lectern.library.PaperDate;
import org.lectern.library.PaperFilter;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Backups;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/** duplicates, merge, edit, rm, show, tag and note, each run through picocli on a real library. */
class PaperCommandsTest extends CliLibraryTest {
    PaperCommandsTest() {
        super(dir -> Cli.library(dir, List.of(
                new ParsedPaper(1, 3, "Kangaroo Transformers for Long Context", "We extend context windows with hops.", 2,
                        PaperDate.day(2024, 1, 2), null, "2401.00001", null, 1, null),
                new ParsedPaper(2, 5, "Kangaroo Transformer for Long Context", "A paper about long context models.", 2,
                        PaperDate.day(2024, 1, 3), 1, null, null, 1, null),
                new ParsedPaper(3, null, "Gamma Paper", "Gamma rays.", 1, null, null, null, null, 1, null))));
    }

    private Paper paper(String name) {
        try (Library library = Library.open(file)) {
            return new Papers(library).find(name).orElseThrow();
        }
    }

    @Test
    void duplicatesListsNearIdenticalTitlesWithTheReasonAndMergeMakesThemOne() throws Exception {
        Cli.Result table = Cli.run(file, "duplicates");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("near-identical title"), table.out());
        Cli.Result json = Cli.run(file, "duplicates", "--json");
        JsonNode list = new ObjectMapper().readTree(json.out());
        assertEquals(1, list.size());
        assertEquals("near-identical title", list.get(0).get("reason").asText());
        long a = list.get(0).get("ids").get(0).asLong();
        long b = list.get(0).get("ids").get(1).asLong();

        Cli.run(file, "tag", String.valueOf(b), "+long-context");
        Cli.Result merged = Cli.run(file, "merge", String.valueOf(a), String.valueOf(b));
        assertEquals(0, merged.code(), merged.err());
        Paper p = paper(String.valueOf(a));
        assertEquals(List.of("long-context"), p.tags());
        assertEquals(5, p.upvotes());
        assertEquals("2401.00001", p.arxivId());
        assertEquals("[]", new ObjectMapper().readTree(Cli.run(file, "duplicates", "--json").out()).toString());
        assertEquals("", Cli.run(file, "duplicates").out(), "no duplicates: nothing printed");

        Cli.Result self = Cli.run(file, "merge", "Gamma Paper", "gamma paper");
        assertEquals(2, self.code());
        assertTrue(self.err().contains("cannot be merged with itself"), self.err());
    }

    @Test
    void editChangesFieldsAndSearchFollows() {
        Cli.Result r = Cli.run(file, "edit", "Gamma Paper", "--title", "Gamma Ray Bursts", "--arxiv", "2402.00002v2",
                "--date", "2024-02-03", "--authors", "7", "--url", "https://example.org/g");
        assertEquals(0, r.code(), r.err());
        Paper p = paper("2402.00002");
        assertEquals("Gamma Ray Bursts", p.title());
        assertEquals(7, p.authors());
        assertEquals(PaperDate.day(2024, 2, 3), p.published());
        assertEquals("https://example.org/g", p.url());
        assertTrue(Cli.run(file, "list", "--search", "bursts").out().contains("Gamma Ray Bursts"));
        assertTrue(Cli.run(file, "edit", "2402.00002", "--url", "").code() == 0);
        assertEquals(null, paper("2402.00002").url());

        Cli.Result bad = Cli.run(file, "edit", "2402.00002", "--date", "soon");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("'soon' is not a date"), bad.err());
        Cli.Result zero = Cli.run(file, "edit", "2402.00002", "--date", "0000");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("'0000' is not a year a paper came out in"), zero.err());
        Cli.Result month = Cli.run(file, "edit", "2402.00002", "--date", "2024-02");
        assertEquals(0, month.code(), month.err());
        assertEquals(PaperDate.month(2024, 2), paper("2402.00002").published());
        Cli.Result taken = Cli.run(file, "edit", "2402.00002", "--arxiv", "2401.00001");
        assertEquals(2, taken.code());
        assertTrue(taken.err().contains("already has the arXiv id 2401.00001"), taken.err());
        assertEquals(2, Cli.run(file, "edit", "2402.00002").code(), "nothing to change");
    }

    @Test
    void rmDeletesPapersAndBacksUpWhenMoreThanAHandfulGo() {
        Cli.Result unknown = Cli.run(file, "rm", "Gamma Paper", "No Such Paper");
        assertEquals(2, unknown.code());
        assertTrue(paper("Gamma Paper") != null, "one unknown name deletes none");
        Cli.Result r = Cli.run(file, "rm", "Gamma Paper");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("deleted: Gamma Paper"), r.out());
        assertFalse(r.out().contains("backed up"));

        try (Library library = Library.open(file)) {
            Importer importer = new Importer(library);
            List<ParsedPaper> more = new ArrayList<>();
            for (int i = 0; i < 6; i++) more.add(new ParsedPaper(i + 1, 1, "Wallaby " + (char) ('A' + i), "Hops " + i + ".",
                    1, null, null, null, null, 1, null));
            importer.commit(importer.preview("t", new ParseResult("test", more, List.of())));
        }
        int before = Backups.list(file).size();
        Cli.Result many = Cli.run(file, "rm", "Wallaby A", "Wallaby B", "Wallaby C", "Wallaby D", "Wallaby E", "Wallaby F");
        assertEquals(0, many.code(), many.err());
        assertTrue(many.out().contains("backed up first to"), many.out());
        assertEquals(before + 1, Backups.list(file).size());
        try (Library library = Library.open(file)) {
            assertEquals(2, new Papers(library).count(PaperFilter.all()));
        }
    }

    @Test
    void showPrintsEverythingAndJsonForScripts() throws Exception {
        Cli.run(file, "queue", "add", "Gamma Paper");
        Cli.Result text = Cli.run(file, "show", "Gamma Paper");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("queue      #1") && text.out().contains("Gamma rays."), text.out());
        JsonNode json = new ObjectMapper().readTree(Cli.run(file, "show", "--json", "2401.00001").out());
        assertEquals("2401.00001", json.get("arxiv_id").asText());
        assertEquals(false, json.get("needs_details").asBoolean());
        assertTrue(json.get("queue_position").isNull());
        assertEquals(2, Cli.run(file, "show", "nothing like it").code());
    }

    @Test
    void tagAddsAndRemovesWithPlusAndMinus() {
        Cli.Result r = Cli.run(file, "tag", "Gamma Paper", "+physics", "space", "+to-read");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("physics", "space", "to-read"), paper("Gamma Paper").tags());
        Cli.Result removed = Cli.run(file, "tag", "Gamma Paper", "-space", "-nothere");
        assertEquals(0, removed.code(), removed.err());
        assertTrue(removed.out().contains("had no tag nothere: unchanged"), removed.out());
        assertEquals(List.of("physics", "to-read"), paper("Gamma Paper").tags());
    }

    @Test
    void noteReadsStandardInputAndKeepsTheTextItReplaces() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("# First\nthoughts".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, Cli.run(file, "note", "Gamma Paper").code());
            System.setIn(new ByteArrayInputStream("second".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, Cli.run(file, "note", "Gamma Paper").code());
            System.setIn(new ByteArrayInputStream(new byte[0]));
            Cli.Result empty = Cli.run(file, "note", "Gamma Paper");
            assertEquals(2, empty.code());
            assertTrue(empty.err().contains("the note is unchanged"), empty.err());
        } finally {
            System.setIn(stdin);
        }
        try (Library library = Library.open(file)) {
            Papers papers = new Papers(library);
            long id = papers.find("Gamma Paper").orElseThrow().id();
            assertEquals("second", papers.get(id).orElseThrow().note());
            assertEquals("# First\nthoughts", papers.noteRevisions(id).get(0).body());
        }
        assertEquals(0, Cli.run(file, "note", "Gamma Paper", "--clear").code());
        assertEquals("", paper("Gamma Paper").note());
    }
}
