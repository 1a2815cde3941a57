package org.lectern.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Times family detection on a synthetic library: {@code FamilyBench [papers] [runs]} (default 10,000, 5). Papers are
 * made by recombining the dev set's titles and abstract sentences within one topic, with a fixed seed.
 */
public final class FamilyBench {

    private FamilyBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Document> docs = synthesize(n, 42);
        List<Document> fresh = synthesize(1_000, 7).stream()
                .map(d -> new Document(d.id() + 10_000_000L, d.title(), d.abstractText())).toList();
        // one warm-up on a small library so the timings below are not of the JIT compiling
        new FamilyProposer().propose(docs.subList(0, Math.min(2000, n)));

        // the machine is shared: several runs, reported as best and median
        List<Double> times = new ArrayList<>();
        List<Proposal> ps = List.of();
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            ps = new FamilyProposer().propose(docs);
            times.add((System.nanoTime() - t0) / 1e9);
        }
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(null);
        long t1 = System.nanoTime();
        List<FamilyExamples> families = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            families.add(new FamilyExamples(i + 1, ps.get(i).name(), ps.get(i).kind(), ps.get(i).members(), List.of()));
        }
        FamilyClassifier classifier = FamilyClassifier.train(families, docs);
        long t2 = System.nanoTime();
        int placed = 0;
        for (Document d : fresh) {
            placed += (int) classifier.classify(d).stream().filter(p -> p.decision() == Decision.PLACE).count();
        }
        long t3 = System.nanoTime();
        int members = ps.stream().mapToInt(p -> p.members().size()).sum();
        System.out.printf("%d papers: propose best %.2f s, median %.2f s over %s (%d proposals, %d memberships); "
                        + "train %.2f s; classify 1,000 %.2f s (%d placements)%n",
                n, sorted.get(0), sorted.get(sorted.size() / 2), times, ps.size(), members,
                (t2 - t1) / 1e9, (t3 - t2) / 1e9, placed);
    }

    /** {@code n} papers whose title and sentences come from dev papers of one hand-labelled topic. */
    static List<Document> synthesize(int n, long seed) {
        List<Fixtures.Labelled> dev = Fixtures.dev();
        Random r = new Random(seed);
        List<Document> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Fixtures.Labelled base = dev.get(r.nextInt(dev.size()));
            List<Fixtures.Labelled> same = dev.stream().filter(l -> l.label().equals(base.label())).toList();
            StringBuilder abs = new StringBuilder();
            for (int s = 0; s < 6; s++) {
                String[] sentences = same.get(r.nextInt(same.size())).doc().abstractText().split("(?<=\\.) ");
                abs.append(sentences[r.nextInt(sentences.length)]).append(' ');
            }
            // the words after a title's colon, so synthetic titles do not all repeat a handful of model names
            String[] parts = base.doc().title().split(":", 2);
            String title = (parts.length == 2 ? parts[1] : parts[0]).trim() + " " + (i % 97);
            out.add(new Document(i + 1, title, abs.toString().trim()));
        }
        return out;
    }
}
