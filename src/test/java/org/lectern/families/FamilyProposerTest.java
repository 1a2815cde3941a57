package org.lectern.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FamilyProposerTest {

    private static Set<Long> idsLabelled(List<Fixtures.Labelled> set, String label) {
        Set<Long> out = new HashSet<>();
        for (Fixtures.Labelled l : set) {
            if (label.equals(l.label())) {
                out.add(l.doc().id());
            }
        }
        return out;
    }

    private static Proposal find(List<Proposal> ps, Predicate<Proposal> p, String what) {
        return ps.stream().filter(p).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal " + what + " in " + ps));
    }

    private static long overlap(Proposal p, Set<Long> ids) {
        return p.members().stream().filter(ids::contains).count();
    }

    @Test
    void seedGivesErnieAudioAndEfficientFamilies() {
        List<Fixtures.Labelled> seed = Fixtures.seed();
        List<Proposal> ps = new FamilyProposer().propose(Fixtures.docs(seed));
        ps.forEach(p -> System.out.println("seed proposal: " + p.kind() + " '" + p.name() + "' " + p.members().size()
                + " papers, because " + p.reason()));
        Set<Long> ernie = idsLabelled(seed, "ERNIE");
        Set<Long> audio = idsLabelled(seed, "Audio generation");
        Set<Long> efficient = idsLabelled(seed, "Efficient LLMs");
        assertEquals(12, ernie.size());

        Proposal e = find(ps, p -> p.name().equals("ERNIE"), "named ERNIE");
        assertEquals("model", e.kind());
        assertEquals(ernie, new HashSet<>(e.members()));

        Proposal a = find(ps, p -> saysAudioGeneration(p.name()), "named for audio generation");
        assertTrue(overlap(a, audio) >= 6, "audio family holds " + overlap(a, audio) + " of 7 audio papers");
        assertEquals(0, overlap(a, ernie));
        assertEquals(0, overlap(a, efficient));

        Proposal f = find(ps, p -> saysEfficientLanguageModels(p.name()), "named for efficient / on-device LLMs");
        assertTrue(overlap(f, efficient) >= 3, "efficient family holds " + overlap(f, efficient) + " of 4");
        assertEquals(0, overlap(f, audio));
        assertEquals(0, overlap(f, ernie));
    }

    private static boolean saysAudioGeneration(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("audio generation") || (n.contains("audio") && n.contains("generation"));
    }

    private static boolean saysEfficientLanguageModels(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return (n.contains("efficient") || n.contains("on-device"))
                && (n.contains("llm") || n.contains("language model"));
    }

    @Test
    void devTopicsAgreeWithHandLabels() {
        List<Fixtures.Labelled> dev = Fixtures.dev();
        List<Proposal> ps = new FamilyProposer().propose(Fixtures.docs(dev));
        Quality q = quality(dev, ps);
        System.out.printf("dev: %d proposals, %d of %d papers in a family%n", ps.size(), q.assigned, dev.size());
        System.out.printf("dev: unassigned as one 'none' cluster: NMI %.3f, purity %.3f%n", q.nmiNone, q.purityNone);
        System.out.printf("dev: unassigned as singletons:        NMI %.3f, purity %.3f%n", q.nmiSingle, q.puritySingle);
        ps.forEach(p -> System.out.println("dev proposal: " + p.kind() + " '" + p.name() + "' " + p.members().size()
                + " papers, because " + p.reason()));
        // judged by the less flattering of the two conventions
        assertTrue(Math.min(q.nmiNone, q.nmiSingle) >= 0.72, "NMI " + Math.min(q.nmiNone, q.nmiSingle));
    }

    /**
     * A listing the defaults were never looked at against while they were chosen: 200 arXiv papers of 2025,
     * 25 from each of 8 categories (cs.CV, CL, RO, IT, GR, GT, CE, DB), the first papers of the corpus file
     * listed under that one category only. Categories are much coarser than the dev set's topics, so the
     * bar is lower; it guards against a change that helps the dev set and hurts other listings.
     */
    @Test
    void heldOutCategoriesAreSeparated() {
        List<Fixtures.Labelled> held = Fixtures.load("/expected/heldout-arxiv-categories.json", "group");
        List<Proposal> ps = new FamilyProposer().propose(Fixtures.docs(held));
        Quality q = quality(held, ps);
        System.out.printf("held out: %d proposals, %d of %d papers in a family; NMI %.3f (none) / %.3f (singletons),"
                + " purity %.3f / %.3f%n", ps.size(), q.assigned, held.size(), q.nmiNone, q.nmiSingle, q.purityNone,
                q.puritySingle);
        assertTrue(q.nmiNone >= 0.45, "NMI " + q.nmiNone);
        ProposalChecks.namesAreOwnAndWhole(ps, Fixtures.docs(held));
    }

    @Test
    void devTopicsHoldOnEachHalf() {
        List<Fixtures.Labelled> dev = Fixtures.dev();
        for (int parity = 0; parity < 2; parity++) {
            List<Fixtures.Labelled> half = new ArrayList<>();
            for (int i = parity; i < dev.size(); i += 2) {
                half.add(dev.get(i));
            }
            List<Proposal> ps = new FamilyProposer().propose(Fixtures.docs(half));
            Quality q = quality(half, ps);
            System.out.printf("dev half %d: %d proposals, NMI %.3f (none) / %.3f (singletons), purity %.3f / %.3f%n",
                    parity, ps.size(), q.nmiNone, q.nmiSingle, q.purityNone, q.puritySingle);
            assertTrue(Math.min(q.nmiNone, q.nmiSingle) >= 0.70, "half " + parity);
        }
    }

    record Quality(int assigned, double nmiNone, double purityNone, double nmiSingle, double puritySingle) {
    }

    /** Each paper's cluster is the first proposal holding it (model families come first). */
    static Quality quality(List<Fixtures.Labelled> set, List<Proposal> ps) {
        Map<Long, String> first = new HashMap<>();
        for (int i = 0; i < ps.size(); i++) {
            for (long id : ps.get(i).members()) {
                first.putIfAbsent(id, "p" + i);
            }
        }
        List<String> none = new ArrayList<>();
        List<String> single = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Fixtures.Labelled l : set) {
            labels.add(String.valueOf(l.label()));
            none.add(first.getOrDefault(l.doc().id(), "none"));
            single.add(first.getOrDefault(l.doc().id(), "alone" + l.doc().id()));
        }
        return new Quality(first.size(), ClusterQuality.nmi(none, labels), ClusterQuality.purity(none, labels),
                ClusterQuality.nmi(single, labels), ClusterQuality.purity(single, labels));
    }

    @Test
    void namesAreTheirOwnWholeWordsAndTheSameEveryTime() {
        for (List<Fixtures.Labelled> set : List.of(Fixtures.seed(), Fixtures.dev())) {
            List<Document> docs = Fixtures.docs(set);
            List<Proposal> ps = new FamilyProposer().propose(docs);
            ProposalChecks.namesAreOwnAndWhole(ps, docs);
            // a fresh proposer on the same library: the same names, members and reasons
            assertEquals(ps, new FamilyProposer().propose(docs));
        }
    }

    @Test
    void aTopicDoesNotTakeAFamilysName() {
        List<Document> docs = Fixtures.docs(Fixtures.dev());
        List<Proposal> first = new FamilyProposer().propose(docs);
        Proposal topic = first.stream().filter(p -> p.kind().equals("topic")).findFirst().orElseThrow();
        // the reader already has a family of that name, holding none of these papers
        List<FamilyExamples> existing = List.of(new FamilyExamples(1, topic.name(), "reader", List.of(), List.of()));
        List<Proposal> again = new FamilyProposer().propose(docs, existing);
        assertTrue(again.stream().noneMatch(p -> p.name().equalsIgnoreCase(topic.name())), again.toString());
        assertTrue(again.stream().anyMatch(p -> p.members().equals(topic.members())), "the topic is still proposed");
    }

    @Test
    void existingFamiliesAreNotProposedAgain() {
        List<Fixtures.Labelled> seed = Fixtures.seed();
        List<Document> docs = Fixtures.docs(seed);
        List<Proposal> first = new FamilyProposer().propose(docs);
        List<FamilyExamples> accepted = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Proposal p = first.get(i);
            accepted.add(new FamilyExamples(i + 1, p.name(), p.kind(), p.members(), List.of()));
        }
        List<Proposal> again = new FamilyProposer().propose(docs, accepted);
        assertTrue(again.stream().noneMatch(p -> p.name().equals("ERNIE")), again.toString());
        for (Proposal p : again) {
            for (FamilyExamples f : accepted) {
                assertTrue(f.members().stream().noneMatch(p.members()::contains), p + " re-proposes " + f);
            }
        }
    }
}
