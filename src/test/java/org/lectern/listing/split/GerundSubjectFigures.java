package org.lectern.listing.split;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Scores the corpus's held-out parts (calibration and test) with the shipped model, with and without the
 * opening sentence's grammar ({@link GerundSubject}) checking its choice, and prints what the check changes.
 * Run by hand: {@code java -cp target/test-classes:target/classes:... org.lectern.listing.split.GerundSubjectFigures CORPUS}.
 */
final class GerundSubjectFigures {
    private GerundSubjectFigures() {
    }

    public static void main(String[] args) throws IOException {
        SplitModel model;
        try (InputStream in = Splitter.class.getResourceAsStream(Splitter.RESOURCE)) {
            model = SplitModel.read(in);
        }
        List<Corpus.Paper> calibration = new ArrayList<>();
        List<Corpus.Paper> test = new ArrayList<>();
        for (Corpus.Paper p : Corpus.read(Path.of(args[0])).papers()) {
            int part = TrainSplitter.part(p);
            if (part < 2) {
                (part == 0 ? calibration : test).add(p);
            }
        }
        boolean details = args.length > 1;
        Splitter without = new Splitter(model, false);
        Splitter with = new Splitter(model, true);
        String[] names = {"as listed", "sentence case", "lower case"};
        List<UnaryOperator<String>> recasings = List.of(UnaryOperator.identity(), Recase::sentenceCase, Recase::lowerCase);
        int[] totals = new int[6];
        for (String partName : new String[] {"calibration", "test"}) {
            List<Corpus.Paper> part = partName.equals("test") ? test : calibration;
            for (int r = 0; r < 3; r++) {
                int[] c = compare(without, with, part, recasings.get(r), details);
                Evaluation before = Evaluation.of(without, part, recasings.get(r));
                Evaluation after = Evaluation.of(with, part, recasings.get(r));
                System.out.printf(Locale.ROOT, "%s part, %s: touched %d, fixed %d, broken %d; errors %d -> %d (late %d -> %d); "
                                + "flagged %.2f%% -> %.2f%%; caught %.2f%% -> %.2f%%; unflagged %d -> %d%n", partName, names[r],
                        c[0], c[1], c[2], before.errors(), after.errors(), before.lateErrors(), after.lateErrors(),
                        100 * before.flaggedShare(model.threshold), 100 * after.flaggedShare(model.threshold),
                        100 * before.caughtShare(model.threshold), 100 * after.caughtShare(model.threshold),
                        before.unflaggedErrors(model.threshold), after.unflaggedErrors(model.threshold));
                System.out.println("  bounded: " + before.boundedSummary(model.threshold) + "\n        -> "
                        + after.boundedSummary(model.threshold));
                totals[0] += c[0];
                totals[1] += c[1];
                totals[2] += c[2];
                totals[3] += before.errors();
                totals[4] += after.errors();
                totals[5] += after.unflaggedErrors(model.threshold);
            }
        }
        System.out.printf(Locale.ROOT, "six evaluations: touched %d, fixed %d, broken %d; errors %d -> %d; unflagged after %d%n",
                totals[0], totals[1], totals[2], totals[3], totals[4], totals[5]);
    }

    /** Papers the check moved, errors it fixed, right splits it broke. */
    private static int[] compare(Splitter without, Splitter with, List<Corpus.Paper> papers, UnaryOperator<String> recase,
                                 boolean details) {
        Splitter.Scores a = new Splitter.Scores(without.model());
        Splitter.Scores b = new Splitter.Scores(with.model());
        int[] counts = new int[3];
        for (Corpus.Paper paper : papers) {
            String title = recase.apply(paper.title());
            int truth = Trainer.titleWords(title) - 1;
            Tokens t = new Tokens(title + " " + paper.abstractText());
            without.score(t, a);
            with.score(t, b);
            if (!b.grammarMoved) {
                continue;
            }
            counts[0]++;
            boolean fixed = a.best != truth && b.best == truth;
            boolean broken = a.best == truth && b.best != truth;
            counts[1] += fixed ? 1 : 0;
            counts[2] += broken ? 1 : 0;
            if (details) {
                int k = Math.min(a.best, b.best) + 1;
                String run = t.text.substring(t.start[Math.max(0, k - 3)], t.end[Math.min(t.size - 1, k + 8)]);
                System.out.printf(Locale.ROOT, "    %s %s: %s%n", fixed ? "fixed " : broken ? "BROKEN" : "moved ", paper.id(), run);
            }
        }
        return counts;
    }
}
