package org.lectern.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamilyClassifierTest {

    @Test
    void placementsOnTheHeldOutHalfAreRight() {
        List<Fixtures.Labelled> dev = Fixtures.dev();
        Map<Long, String> label = new HashMap<>();
        dev.forEach(l -> label.put(l.doc().id(), l.label()));
        int placedTotal = 0;
        int rightTotal = 0;
        for (int parity = 0; parity < 2; parity++) {
            List<Document> train = new ArrayList<>();
            List<Document> test = new ArrayList<>();
            for (int i = 0; i < dev.size(); i++) {
                (i % 2 == parity ? train : test).add(dev.get(i).doc());
            }
            // the reader accepts every proposal as it is
            List<Proposal> ps = new FamilyProposer().propose(train);
            List<FamilyExamples> families = new ArrayList<>();
            Map<Long, String> majority = new HashMap<>();
            for (int i = 0; i < ps.size(); i++) {
                Proposal p = ps.get(i);
                families.add(new FamilyExamples(i + 1, p.name(), p.kind(), p.members(), List.of()));
                majority.put((long) i + 1, majorityLabel(p.members(), label));
            }
            FamilyClassifier classifier = FamilyClassifier.train(families, train);
            int placed = 0;
            int right = 0;
            int papersPlaced = 0;
            int suggested = 0;
            int suggestedRight = 0;
            for (Document d : test) {
                boolean any = false;
                for (Placement pl : classifier.classify(d)) {
                    boolean ok = majority.get(pl.familyId()).equals(label.get(d.id()));
                    if (pl.decision() == Decision.PLACE) {
                        placed++;
                        right += ok ? 1 : 0;
                        any = true;
                    } else {
                        suggested++;
                        suggestedRight += ok ? 1 : 0;
                    }
                }
                papersPlaced += any ? 1 : 0;
            }
            System.out.printf("keep current, train on %s half: %d families; %d placements in %d of %d papers, "
                            + "%d right (precision %.3f); %d suggestions, %d right%n",
                    parity == 0 ? "even" : "odd", ps.size(), placed, papersPlaced, test.size(), right,
                    placed == 0 ? 0 : (double) right / placed, suggested, suggestedRight);
            placedTotal += placed;
            rightTotal += right;
        }
        double precision = (double) rightTotal / placedTotal;
        System.out.printf("keep current, both halves: precision %.3f over %d placements%n", precision, placedTotal);
        assertTrue(placedTotal >= 10, "too few placements to judge: " + placedTotal);
        assertTrue(precision >= 0.9, "precision " + precision);
    }

    private static String majorityLabel(List<Long> members, Map<Long, String> label) {
        Map<String, Integer> counts = new HashMap<>();
        members.forEach(m -> counts.merge(label.get(m), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void titleCarryingAModelNameIsPlacedAndRejectionsAreKept() {
        List<Fixtures.Labelled> seed = Fixtures.seed();
        List<Document> docs = Fixtures.docs(seed);
        List<Proposal> ps = new FamilyProposer().propose(docs);
        List<FamilyExamples> families = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Proposal p = ps.get(i);
            families.add(new FamilyExamples(i + 1, p.name(), p.kind(), p.members(), List.of()));
        }
        long ernieId = families.stream().filter(f -> f.name().equals("ERNIE")).findFirst().orElseThrow().familyId();
        FamilyClassifier classifier = FamilyClassifier.train(families, docs);
        Document fresh = new Document(999, "ERNIE-Music: Text-to-Waveform Music Generation with Diffusion Models",
                "We present a music generation model conditioned on free-form text.");
        List<Placement> got = classifier.classify(fresh);
        Placement ernie = got.stream().filter(p -> p.familyId() == ernieId).findFirst().orElseThrow();
        assertEquals(Decision.PLACE, ernie.decision());

        Document unrelated = new Document(1000, "Protein folding with graph networks",
                "We predict protein structure from sequence using message passing on residue graphs.");
        assertTrue(classifier.classify(unrelated).stream().noneMatch(p -> p.decision() == Decision.PLACE),
                "an unrelated paper is placed nowhere");
    }
}
