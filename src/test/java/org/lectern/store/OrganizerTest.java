package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.families.Proposal;
import org.lectern.library.Family;

class OrganizerTest {
    @TempDir
    Path dir;

    private record Membership(long family, long paper, String source) {
    }

    /**
     * The reader accepts what is proposed for one half of the dev set, then imports the other half: the
     * papers placed without asking must land in a family whose accepted members mostly share their label,
     * at least 90% of the time whichever half comes first.
     */
    @Test
    void keepsFamiliesCurrentOnTheHeldOutHalf() {
        List<LabelledListing.Labelled> dev = LabelledListing.dev();
        for (int parity = 0; parity < 2; parity++) {
            List<LabelledListing.Labelled> first = new ArrayList<>();
            List<LabelledListing.Labelled> second = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) (i % 2 == parity ? first : second).add(dev.get(i));
            try (Library library = Library.open(dir.resolve("keep-" + parity + ".db"))) {
                Importer importer = new Importer(library);
                importer.commit(importer.preview("first", LabelledListing.listing(first)));
                Organizer organizer = new Organizer(library);
                List<Proposal> proposals = organizer.propose();
                proposals.forEach(organizer::accept);
                Map<Long, String> majority = new HashMap<>();
                Map<Long, String> firstLabels = LabelledListing.labelsById(library, dev);
                for (Family f : new Families(library).list()) {
                    majority.put(f.id(), majorityLabel(new Families(library).members(f.id()), firstLabels));
                }

                long importId = importer.commit(importer.preview("second", LabelledListing.listing(second))).importId();
                Map<Long, String> label = LabelledListing.labelsById(library, dev);
                Organizer.Placed placed = organizer.placeNew(importId);
                Set<Long> fresh = idsOfImport(library, importId);
                int right = 0;
                int automatic = 0;
                Set<Long> papersPlaced = new HashSet<>();
                for (Membership m : memberships(library)) {
                    if (!fresh.contains(m.paper())) continue;
                    assertFalse(m.source().equals("reader"), "placing never speaks for the reader");
                    automatic++;
                    papersPlaced.add(m.paper());
                    if (majority.get(m.family()).equals(label.get(m.paper()))) right++;
                }
                List<Families.Suggestion> suggestions = new Families(library).suggestions(null);
                long suggestedRight = suggestions.stream()
                        .filter(s -> majority.get(s.familyId()).equals(label.get(s.paperId()))).count();
                System.out.printf("store keep-current, accepted %d proposals on %s half; placed %d memberships in %d of "
                                + "%d papers, %d right (precision %.3f); %d suggestions (%d right)%n",
                        proposals.size(), parity == 0 ? "even" : "odd", automatic, papersPlaced.size(), fresh.size(),
                        right, automatic == 0 ? 0.0 : (double) right / automatic, suggestions.size(), suggestedRight);
                assertEquals(automatic, placed.placed());
                assertEquals(suggestions.size(), placed.suggested());
                String way = parity == 0 ? "even half accepted" : "odd half accepted";
                assertTrue(automatic >= 6, way + ": too few placements to judge: " + automatic);
                assertTrue(right >= 0.9 * automatic, way + ": " + right + " of " + automatic + " placements right");
            }
        }
    }

    @Test
    void aReadersRejectionIsNeverOverridden() {
        try (Library library = Library.open(dir.resolve("reject.db"))) {
            Organizer organizer = new Organizer(library);
            long importId = PlacementSnapshotTest.placeSecondHalf(library, organizer);

            Families families = new Families(library);
            Set<Long> fresh = idsOfImport(library, importId);
            Membership placed = memberships(library).stream().filter(m -> fresh.contains(m.paper()))
                    .findFirst().orElseThrow(() -> new AssertionError("nothing was placed"));
            Families.Suggestion suggested = families.suggestions(null).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("nothing was suggested"));
            families.remove(placed.family(), placed.paper());
            families.rejectSuggestion(suggested.familyId(), suggested.paperId());

            organizer.placeNew(importId);
            assertFalse(families.members(placed.family()).contains(placed.paper()), "a removed paper came back");
            assertFalse(families.members(suggested.familyId()).contains(suggested.paperId()), "a refused suggestion was placed");
            assertTrue(families.suggestions(null).stream().noneMatch(s ->
                            (s.familyId() == placed.family() && s.paperId() == placed.paper())
                            || (s.familyId() == suggested.familyId() && s.paperId() == suggested.paperId())),
                    "a rejected paper is suggested again");
            assertTrue(families.rejected(suggested.familyId()).contains(suggested.paperId()));
        }
    }

    @Test
    void acceptedAndRejectedProposalsAreNotProposedAgain() {
        List<LabelledListing.Labelled> seed = LabelledListing.seed();
        try (Library library = Library.open(dir.resolve("seed.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("seed", LabelledListing.listing(seed)));
            Organizer organizer = new Organizer(library);
            List<Proposal> proposals = organizer.propose();
            Proposal ernie = proposals.stream().filter(p -> p.name().equals("ERNIE")).findFirst().orElseThrow();
            assertEquals(12, ernie.members().size());
            Proposal other = proposals.stream().filter(p -> !p.name().equals("ERNIE")).findFirst().orElseThrow();

            long id = organizer.accept(ernie);
            Family family = new Families(library).byName("ERNIE").orElseThrow();
            assertEquals(id, family.id());
            assertEquals("model", family.kind());
            assertEquals(12, family.total());
            assertTrue(new Families(library).papers(id).stream().allMatch(m -> m.source().equals("model-name")));
            organizer.reject(other);

            List<Proposal> again = organizer.propose();
            assertTrue(again.stream().noneMatch(p -> p.name().equals("ERNIE")), again.toString());
            assertTrue(again.stream().noneMatch(p -> p.resembles(other.name(), other.members())), again.toString());
        }
        // the refusal is in the file, not in the organizer
        try (Library library = Library.open(dir.resolve("seed.db"))) {
            assertTrue(new Organizer(library).propose().stream().noneMatch(p -> p.name().equals("ERNIE")));
        }
    }

    @Test
    void windowOperationsRenameMergeConfirmAndRejectSuggestions() {
        List<LabelledListing.Labelled> seed = LabelledListing.seed();
        try (Library library = Library.open(dir.resolve("ops.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("seed", LabelledListing.listing(seed)));
            Organizer organizer = new Organizer(library);
            Families families = new Families(library);
            List<Proposal> proposals = organizer.propose();
            assertTrue(proposals.size() >= 3, proposals.toString());
            long a = organizer.accept(proposals.get(1), "Sound");
            long b = organizer.accept(proposals.get(2));
            families.rename(a, "Audio and music");
            assertEquals(a, families.byName("audio and music").orElseThrow().id());

            // a suggestion, as placing leaves them: confirm one, reject another
            List<Long> outside = library.read(c -> {
                List<Long> out = new ArrayList<>();
                try (var s = c.prepareStatement("SELECT id FROM paper WHERE id NOT IN (SELECT paper_id FROM family_member) ORDER BY id");
                     var rs = s.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
                return out;
            });
            assertTrue(outside.size() >= 2, "papers outside any family: " + outside);
            library.write(c -> {
                try (var s = c.prepareStatement("INSERT INTO family_suggestion(family_id, paper_id, score) VALUES (?, ?, 0.3)")) {
                    for (long p : outside.subList(0, 2)) {
                        s.setLong(1, a);
                        s.setLong(2, p);
                        s.executeUpdate();
                    }
                }
                return null;
            });
            assertEquals(2, families.suggestions(a).size());
            assertTrue(families.confirm(a, outside.get(0)));
            families.rejectSuggestion(a, outside.get(1));
            assertTrue(families.suggestions(null).isEmpty());
            assertTrue(families.papers(a).stream().anyMatch(m -> m.paperId() == outside.get(0) && m.source().equals("reader")));
            assertEquals(List.of(outside.get(1)), families.rejected(a));

            int sizeA = families.members(a).size();
            int sizeB = families.members(b).size();
            families.merge(b, a);
            assertTrue(families.byName(proposals.get(2).name()).isEmpty());
            assertEquals(sizeA + sizeB, families.members(a).size());
            assertEquals(List.of(outside.get(1)), families.rejected(a), "the merged family keeps the reader's no");
        }
    }

    private static String majorityLabel(List<Long> members, Map<Long, String> label) {
        Map<String, Integer> counts = new HashMap<>();
        members.forEach(m -> counts.merge(label.get(m), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static Set<Long> idsOfImport(Library library, long importId) {
        return library.read(c -> {
            Set<Long> out = new HashSet<>();
            try (var s = c.prepareStatement("SELECT id FROM paper WHERE import_id = ?")) {
                s.setLong(1, importId);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    private static List<Membership> memberships(Library library) {
        return library.read(c -> {
            List<Membership> out = new ArrayList<>();
            try (var s = c.createStatement();
                 var rs = s.executeQuery("SELECT family_id, paper_id, source FROM family_member ORDER BY family_id, paper_id")) {
                while (rs.next()) out.add(new Membership(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }
            return out;
        });
    }
}
