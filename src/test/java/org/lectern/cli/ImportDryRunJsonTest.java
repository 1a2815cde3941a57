package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern import --dry-run --json} on a real library file, and the uncertain splits an import lists. */
class ImportDryRunJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path copy(String resource) throws IOException {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void printsEveryPaperInListingOrderWithTheExpectedFieldsAndWritesNothing() throws IOException {
        Path library = dir.resolve("library.db");
        Path listing = copy("/listings/seed-ernie-and-friends.txt");
        Cli.Result r = Cli.run(library, "import", "--dry-run", "--json", listing.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("huggingface-line", root.get("format").asText());
        JsonNode expected = JSON.readTree(getClass().getResourceAsStream("/expected/seed-ernie-and-friends.json"));
        JsonNode papers = root.get("papers");
        assertEquals(expected.size(), papers.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            JsonNode p = papers.get(i);
            for (String field : List.of("line", "title", "abstract", "authors", "published", "upvotes", "comments")) {
                assertEquals(e.get(field), p.get(field), "paper " + i + " " + field);
            }
            assertTrue(p.has("arxiv_id") && p.get("arxiv_id").isNull(), "the one-line form has no arXiv id");
            assertTrue(p.has("url"));
            double confidence = p.get("confidence").asDouble();
            assertTrue(confidence > 0 && confidence <= 1);
            assertTrue(p.get("uncertain").isBoolean());
        }
        assertEquals(List.of("line", "title", "abstract", "authors", "published", "upvotes", "comments", "arxiv_id", "author_names", "url",
                "confidence", "uncertain"), names(papers.get(0)));
        assertEquals(0, root.get("diagnostics").size());
        JsonNode counts = root.get("counts");
        assertEquals(28, counts.get("new").asInt());
        assertEquals(0, counts.get("updated").asInt() + counts.get("unchanged").asInt() + counts.get("errors").asInt());

        // nothing was written: a second dry run still finds every paper new
        Cli.Result again = Cli.run(library, "import", "--dry-run", "--json", listing.toString());
        assertEquals(28, JSON.readTree(again.out()).get("counts").get("new").asInt());
    }

    @Test
    void diagnosticsNameTheFileAndLine() throws IOException {
        Path listing = dir.resolve("broken.txt");
        Files.writeString(listing, "12 A Title Of A Paper We show things. 3 authors · Dec 24, 2023\nthis line is no paper\n");
        Path missing = dir.resolve("missing.txt");
        Cli.Result r = Cli.run(dir.resolve("library.db"), "import", "--dry-run", "--json", listing.toString(), missing.toString());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(1, root.get("papers").size());
        JsonNode d = root.get("diagnostics");
        assertEquals(2, d.size(), d.toString());
        assertEquals(listing.toString(), d.get(0).get("file").asText());
        assertEquals(2, d.get(0).get("line").asInt());
        assertTrue(d.get(0).get("reason").asText().contains("no author count"), d.toString());
        assertEquals(missing.toString(), d.get(1).get("file").asText());
        assertTrue(d.get(1).get("reason").asText().contains("no such file"), d.toString());
        assertEquals(2, root.get("counts").get("errors").asInt());
    }

    @Test
    void jsonWithoutDryRunIsRefused() throws IOException {
        Path listing = copy("/listings/seed-ernie-and-friends.txt");
        Cli.Result r = Cli.run(dir.resolve("library.db"), "import", "--json", listing.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--dry-run"), r.err());
    }

    @Test
    void anImportListsItsUncertainSplitsAfterTheCounts() throws IOException {
        Path listing = dir.resolve("listing.txt");
        // a one-word head cannot be split at all: its split is as uncertain as a split gets
        Files.writeString(listing, "12 A Title Of A Paper We show things. 3 authors · Dec 24, 2023\n"
                + "5 Lonely 2 authors · Dec 25, 2023\n");
        Cli.Result r = Cli.run(dir.resolve("library.db"), "import", listing.toString());
        assertEquals(0, r.code(), r.err());
        int counts = r.out().indexOf("2 new, 0 updated");
        int uncertain = r.out().indexOf(listing + ":2: Lonely");
        assertTrue(counts >= 0 && uncertain > counts, r.out());
        assertTrue(r.out().contains("uncertain split"), r.out());
    }

    @Test
    void theDryRunAndTheImportMarkTheSameLeastConfidentShareOfAListing() throws IOException {
        // the seed, with five one-word heads (no split at all) among its 28 papers: 33 papers, a share of one
        List<String> lines = new ArrayList<>(Files.readAllLines(copy("/listings/seed-ernie-and-friends.txt")));
        lines.removeIf(String::isBlank);
        for (int i = 0; i < 5; i++) lines.add(4 * i + 2, (5 + i) + " Lonely" + i + " 2 authors · Dec 25, 2023");
        Path listing = dir.resolve("listing.txt");
        Files.write(listing, lines);
        JsonNode papers = JSON.readTree(Cli.run(dir.resolve("library.db"), "import", "--dry-run", "--json", listing.toString()).out())
                .get("papers");
        assertEquals(33, papers.size());
        List<String> marked = new ArrayList<>();
        for (JsonNode p : papers) if (p.get("uncertain").asBoolean()) marked.add(p.get("line").asInt() + ": " + p.get("title").asText());
        // every head has confidence 0; the first of them is the one marked
        assertEquals(List.of("3: Lonely0"), marked);

        Cli.Result r = Cli.run(dir.resolve("library.db"), "import", listing.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 uncertain split to review"), r.out());
        assertTrue(r.out().contains(listing + ":3: Lonely0 (confidence 0.00)"), r.out());
        assertTrue(!r.out().contains("Lonely1"), r.out());
    }

    @Test
    void aLineWhoseTitleTheLibraryKnowsIsNotUncertainInTheDryRunNorInTheImportsList() throws IOException {
        Path library = dir.resolve("library.db");
        Path bib = dir.resolve("known.bib");
        Files.writeString(bib, "@article{known2023,\n  title={Lonely},\n  author={Ng, Ada and Roy, Bo},\n  year={2023}\n}\n");
        assertEquals(0, Cli.run(library, "import", bib.toString()).code());
        // two one-word heads, both as unsure as a split gets; the budget of a short listing marks one
        Path listing = dir.resolve("listing.txt");
        Files.writeString(listing, "12 A Title Of A Paper We show things. 3 authors · Dec 24, 2023\n"
                + "5 Lonely 2 authors · Dec 25, 2023\n"
                + "4 Solitary 2 authors · Dec 26, 2023\n");

        JsonNode root = JSON.readTree(Cli.run(library, "import", "--dry-run", "--json", listing.toString()).out());
        List<String> marked = new ArrayList<>();
        for (JsonNode p : root.get("papers")) if (p.get("uncertain").asBoolean()) marked.add(p.get("title").asText());
        assertEquals(List.of("Solitary"), marked, "the known title is not for review: " + root);
        assertEquals(1, root.get("counts").get("unchanged").asInt() + root.get("counts").get("updated").asInt());

        Cli.Result dry = Cli.run(library, "import", "--dry-run", listing.toString());
        Cli.Result r = Cli.run(library, "import", listing.toString());
        assertEquals(0, r.code(), r.err());
        for (Cli.Result run : List.of(dry, r)) {
            assertTrue(run.out().contains("1 uncertain split to review"), run.out());
            assertTrue(run.out().contains(listing + ":3: Solitary (confidence 0.00)"), run.out());
            assertTrue(!run.out().contains(":2: Lonely"), run.out());
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }
}
