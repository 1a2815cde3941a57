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
        List<LabelledListing.Labelled> dev = LabelledListing.dev();
        List<LabelledListing.Labelled> first = new ArrayList<>();
        List<LabelledListing.Labelled> second = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) (i % 2 == 0 ? first : second).add(dev.get(i));
        try (Library library = Library.open(dir.resolve("halves.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("first", LabelledListing.listing(first)));
            Organizer organizer = new Organizer(library);
            organizer.propose().forEach(organizer::accept);
            long importId = importer.commit(importer.preview("second", LabelledListing.listing(second))).importId();
            organizer.placeNew(importId);
            return library.read(c -> {
                StringBuilder out = new StringBuilder();
                try (var s = c.prepareStatement("""
                        SELECT p.title, f.name, m.source, m.score FROM family_member m
                        JOIN paper p ON p.id = m.paper_id JOIN family f ON f.id = m.family_id
                        WHERE p.import_id = ? ORDER BY p.title, f.name""")) {
                    s.setLong(1, importId);
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.append(String.format(Locale.ROOT, "member\t%s\t%s\t%s\t%.6f%n",
                                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)));
                        }
                    }
                }
                try (var s = c.prepareStatement("""
                        SELECT p.title, f.name, g.score FROM family_suggestion g
                        JOIN paper p ON p.id = g.paper_id JOIN family f ON f.id = g.family_id
                        WHERE p.import_id = ? ORDER BY p.title, f.name""")) {
                    s.setLong(1, importId);
                    try (var rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.append(String.format(Locale.ROOT, "suggested\t%s\t%s\t%.6f%n",
                                    rs.getString(1), rs.getString(2), rs.getDouble(3)));
                        }
                    }
                }
                return out.toString();
            });
        }
    }
}
