package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperDate;
import org.lectern.listing.ParsedPaper;

/**
 * Lectern's JSON export carries how each title was found: a guessed split comes back with its confidence
 * (and so its mark of uncertainty), a given title comes back given.
 */
class JsonConfidenceRoundTripTest {
    private static final String GUESSED = "Sparse Mixture Routing for Streaming";
    private static final String GIVEN = "Counting Objects in Aerial Images with Point Supervision";

    @TempDir
    Path dir;

    private static double confidence(Path library, String title) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.toAbsolutePath());
             PreparedStatement s = c.prepareStatement("SELECT split_confidence FROM paper WHERE title = ?")) {
            s.setString(1, title);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no paper '" + title + "' in " + library);
                return rs.getDouble(1);
            }
        }
    }

    @Test
    void anExportedGuessKeepsItsConfidenceAndItsMarkAndAGivenTitleStaysGiven() throws Exception {
        Path first = dir.resolve("first");
        Files.createDirectories(first);
        Path library = Cli.library(first, List.of(
                new ParsedPaper(1, 41, GUESSED, "Speech Recognition Streaming speech recognizers must emit words"
                        + " with low latency.", 6, PaperDate.day(2024, 2, 12), null, null, null, 0.05, null),
                new ParsedPaper(2, 2, GIVEN, "Annotating every object of aerial imagery with boxes is slow.", 1,
                        PaperDate.day(2024, 1, 22), null, null, null, 1.0, null)));
        Path export = dir.resolve("export.json");
        Cli.Result exported = Cli.run(library, "export", "--format", "json", "--out", export.toString());
        assertEquals(0, exported.code(), exported.err());

        Path other = dir.resolve("other.db");
        JsonNode papers = new ObjectMapper().readTree(Cli.run(other, "import", "--dry-run", "--json", export.toString()).out())
                .get("papers");
        assertEquals(2, papers.size(), papers.toString());
        for (JsonNode p : papers) {
            boolean guessed = p.get("title").asText().equals(GUESSED);
            assertEquals(guessed ? 0.05 : 1.0, p.get("confidence").asDouble(), 1e-9, p.toString());
            assertEquals(guessed, p.get("uncertain").asBoolean(), p.toString());
        }

        Cli.Result imported = Cli.run(other, "import", export.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("1 uncertain split to review"), imported.out());
        assertTrue(imported.out().contains(GUESSED + " (confidence 0.05)"), imported.out());
        assertEquals(0.05, confidence(other, GUESSED), 1e-9);
        assertEquals(1.0, confidence(other, GIVEN), 1e-9);
    }
}
