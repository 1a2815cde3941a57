package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where placing puts each paper of an import, on a real library file: the families each new paper joins and
 * the suggestions with their scores, written out and compared with the record kept beside the tests. How the
 * library is read (in pages or whole) and what the models keep must not move a paper: every family's model,
 * the mean of its members and the mean of the papers in no family all decide where a paper lands.
 */
class PlacementSnapshotTest {
    @TempDir
    Path dir;

    private static final String RECORD = "/store/placement-dev-halves.txt";

    @Test
    void theDevSetsSecondHalfLandsWhereItAlwaysHas() throws IOException {
        String now = placements();
        String expected;
        try (InputStream in = PlacementSnapshotTest.class.getResourceAsStream(RECORD)) {
            if (in == null) {
                Path written = Path.of("target", "placement-dev-halves.txt");
                Files.writeString(written, now);
                throw new AssertionError(RECORD + " is missing; the placements now are in " + written);
            }
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, now);
    }

    private String placements() {
        try (Library library = Library.open(dir.resolve("halves.db"))) {
            long importId = placeSecondHalf(library, new Organizer(library));
            return library.read(c -> {
                StringBuilder out = new StringBuilder();
                rows(c, importId, "member", "m.source, m.score FROM family_member m", 4, out);
                rows(c, importId, "suggested", "g.score FROM family_suggestion g", 3, out);
                return out.toString();
            });
        }
    }

    /**
     * Imports the dev set's even papers, accepts every family proposed for them, imports the odd papers and
     * places them; returns the second import's id.
     */
    static long placeSecondHalf(Library library, Organizer organizer) {
        List<LabelledListing.Labelled> dev = LabelledListing.dev();
        List<LabelledListing.Labelled> first = new ArrayList<>();
        List<LabelledListing.Labelled> second = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) (i % 2 == 0 ? first : second).add(dev.get(i));
        Importer importer = new Importer(library);
        importer.commit(importer.preview("first", LabelledListing.listing(first)));
        organizer.propose().forEach(organizer::accept);
        long importId = importer.commit(importer.preview("second", LabelledListing.listing(second))).importId();
        organizer.placeNew(importId);
        return importId;
    }

    // one line per row: the kind, the paper's title, the family's name, then the rest of the columns
    private static void rows(java.sql.Connection c, long importId, String kind, String from, int columns,
                             StringBuilder out) throws java.sql.SQLException {
        String alias = from.substring(from.lastIndexOf(' ') + 1);
        try (var s = c.prepareStatement("SELECT p.title, f.name, " + from + " JOIN paper p ON p.id = " + alias
                + ".paper_id JOIN family f ON f.id = " + alias + ".family_id WHERE p.import_id = ? ORDER BY p.title, f.name")) {
            s.setLong(1, importId);
            try (var rs = s.executeQuery()) {
                while (rs.next()) {
                    out.append(kind);
                    for (int i = 1; i < columns; i++) out.append('\t').append(rs.getString(i));
                    out.append(String.format(Locale.ROOT, "\t%.6f%n", rs.getDouble(columns)));
                }
            }
        }
    }
}
