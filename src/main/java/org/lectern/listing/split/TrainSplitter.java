package org.lectern.listing.split;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipException;

/**
 * The whole training run behind {@code lectern train-splitter}: reads the corpus, keeps a fifth of it
 * aside (half to calibrate the confidence on, half to report figures on), learns from a sample of the
 * rest, and writes the model. The held-out part is chosen by a hash of the arXiv id, so it is the same
 * papers whatever the sample size.
 */
public final class TrainSplitter {
    /** What to train from and on: the corpus file, where to write, the seed, the training sample size and the model's shape. */
    public record Options(Path corpus, Path out, long seed, int trainPapers, int epochs, int bucketBits, int members, Path firstStage,
                          double openings) {
        public Options(Path corpus, Path out, long seed, int trainPapers, int epochs, int bucketBits, int members) {
            this(corpus, out, seed, trainPapers, epochs, bucketBits, members, null, OPENINGS);
        }
    }

    /**
     * The share of training papers opening with a capitalised run before a plural verb that the first stage also
     * learns from with an "-ing" word put before the run ({@link Openings}): none in the shipped model, since
     * over the seeds tried they did not lower the held-out errors (docs/splitter.md).
     */
    public static final double OPENINGS = 0;

    /** The second stage: 2^18 pair weights, word counts over 2^16 buckets. */
    static final int PAIR_BITS = 18;
    static final int STAT_BITS = 16;
    static final int PAIR_EPOCHS = 4;

    /**
     * Share of errors the review threshold should flag, and the most papers it may flag to do so: the share
     * of a listing that may be marked ({@link Splitter#REVIEW_SHARE}). A listing unlike the corpus (another
     * year, another site) has more papers below the threshold; marking only its least confident share of
     * them keeps it within the budget, so the threshold itself can be set to catch the errors.
     */
    static final double CAUGHT = 0.999;
    static final double MAX_FLAGGED = Splitter.REVIEW_SHARE;

    private TrainSplitter() {
    }

    /** Trains, calibrates, writes the model and returns the report figures on the test part. */
    public static Evaluation run(Options options, PrintWriter log) throws IOException {
        long t0 = System.nanoTime();
        // A damaged first stage is refused before the corpus is read: reading it takes a while.
        SplitModel given = options.firstStage() == null ? null : firstStageOf(options.firstStage());
        Corpus.Read read = Corpus.read(options.corpus());
        List<Corpus.Paper> all = read.papers();
        if (read.skipped() > 0) {
            log.printf(Locale.ROOT, "%s: skipped %d lines without four columns, a title and an abstract (the first is line %d)%n",
                    options.corpus(), read.skipped(), read.firstSkippedLine());
        }
        List<Corpus.Paper> rest = new ArrayList<>();
        List<Corpus.Paper> calibration = new ArrayList<>();
        List<Corpus.Paper> test = new ArrayList<>();
        for (Corpus.Paper p : all) {
            int bucket = part(p);
            (bucket == 0 ? calibration : bucket == 1 ? test : rest).add(p);
        }
        Collections.shuffle(rest, new Random(options.seed()));
        List<Corpus.Paper> training = rest.subList(0, Math.min(options.trainPapers(), rest.size()));
        log.printf(Locale.ROOT, "corpus %s: %,d papers; training on %,d, calibrating on %,d, testing on %,d (%.1f s)%n",
                options.corpus(), all.size(), training.size(), calibration.size(), test.size(), seconds(t0));
        log.flush();

        SplitModel tempered = firstStage(options, given, training, calibration, log);
        float temperature = tempered.temperature;
        SplitModel alone = thresholded(tempered, calibration);
        log.printf(Locale.ROOT, "first stage alone: calibration part %s%n  test part %s%n",
                Evaluation.of(alone, calibration, UnaryOperator.identity()).summary(alone.threshold),
                Evaluation.of(alone, test, UnaryOperator.identity()).summary(alone.threshold));

        long t2 = System.nanoTime();
        RerankTrainer.Settings pairSettings = new RerankTrainer.Settings(PAIR_BITS, STAT_BITS, PAIR_EPOCHS, 0.1, 0.2, 0.1,
                options.seed());
        Reranker pairs = new RerankTrainer(pairSettings).train(training, tempered);
        Reranker second = RerankTrainer.combine(tempered, pairs, calibration, recasings());
        log.printf(Locale.ROOT, "second stage: %d epochs over 2^%d pair buckets, word counts over 2^%d, in %.1f s; "
                        + "pair log odds = %.3f first stage %+.3f pair model %+.3f%n", PAIR_EPOCHS, PAIR_BITS, STAT_BITS,
                seconds(t2), second.alpha(), second.gamma(), second.beta());
        SplitModel model = thresholded(tempered.reranked(second), calibration);
        float threshold = model.threshold;
        log.printf(Locale.ROOT, "temperature %.2f; threshold %.4f (the lowest flagging %.1f%% of the errors of the calibration "
                + "part as listed, in sentence case and lower case, unless it flags over %.0f%% of it as listed)%n",
                temperature, threshold, 100 * CAUGHT, 100 * MAX_FLAGGED);

        Path out = options.out();
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            model.write(o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.printf(Locale.ROOT, "wrote %s (%,d bytes)%n", out, Files.size(out));

        String[] names = {"as listed", "sentence case", "lower case"};
        log.printf(Locale.ROOT, "calibration part, titles as listed: %s%n", Evaluation.of(model, calibration, UnaryOperator.identity())
                .summary(threshold));
        Evaluation listed = null;
        int i = 0;
        for (UnaryOperator<String> recase : recasings()) {
            Evaluation e = Evaluation.of(model, test, recase);
            log.printf(Locale.ROOT, "test part, titles %s: %s%n  %s%n", names[i++], e.summary(threshold), e.boundedSummary(threshold));
            if (listed == null) {
                listed = e;
                log.println("  flagged share against errors caught (test part, as listed):");
                e.curve(0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, threshold).forEach(log::println);
                e.budgetCurve(0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10).forEach(log::println);
            }
        }
        validation(model, calibration, test, log);
        log.printf(Locale.ROOT, "done in %.1f s%n", seconds(t0));
        log.flush();
        return listed;
    }

    /** The first stage: trained, its temperature fitted on the calibration part; or the one of a given model file. */
    private static SplitModel firstStage(Options options, SplitModel given, List<Corpus.Paper> training,
                                         List<Corpus.Paper> calibration, PrintWriter log) {
        if (given != null) {
            log.printf(Locale.ROOT, "first stage of %s: %d members, temperature %.2f%n", options.firstStage(),
                    given.members.length, given.temperature);
            return given.calibrated(given.temperature, 0);
        }
        Trainer.Settings settings = new Trainer.Settings(options.bucketBits(), options.epochs(), 0.15, 0.2, 0.1, options.seed(),
                options.members());
        long t1 = System.nanoTime();
        Openings openings = Openings.of(training);
        List<Corpus.Paper> made = openings.make(training, options.openings(), options.seed());
        log.printf(Locale.ROOT, "%,d training papers made with an \"-ing\" word before the abstract's opening run and its verb "
                + "made singular (%d \"-ing\" words from the training titles)%n", made.size(), openings.gerunds());
        List<Corpus.Paper> fitted = new ArrayList<>(training);
        fitted.addAll(made);
        SplitModel trained = new Trainer(settings).train(fitted);
        log.printf(Locale.ROOT, "trained %d members, %d epochs over 2^%d buckets each, in %.1f s%n", settings.members(),
                settings.epochs(), settings.bucketBits(), seconds(t1));
        log.flush();
        return trained.calibrated(Evaluation.fitTemperature(trained, calibration), 0);
    }

    /** The first stage of the model file {@code file}; a missing, damaged or foreign file is an IOException naming it and the cause. */
    static SplitModel firstStageOf(Path file) throws IOException {
        try {
            if (Files.size(file) == 0) {
                throw new IOException("the file is empty");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return SplitModel.read(in).firstStage();
            }
        } catch (NoSuchFileException e) {
            throw new IOException("first stage " + file + ": no such file", e);
        } catch (EOFException e) {
            throw new IOException("first stage " + file + ": the file ends early (truncated?)", e);
        } catch (ZipException e) {
            throw new IOException("first stage " + file + ": not a gzip file, or a damaged one (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new IOException("first stage " + file + ": " + e.getMessage(), e);
        }
    }

    /** The model with the review threshold its calibration part calls for. */
    private static SplitModel thresholded(SplitModel model, List<Corpus.Paper> calibration) {
        List<Evaluation> calibrations = new ArrayList<>();
        for (UnaryOperator<String> recase : recasings()) {
            calibrations.add(Evaluation.of(model, calibration, recase));
        }
        return model.calibrated(model.temperature, Evaluation.threshold(calibrations, CAUGHT, MAX_FLAGGED));
    }

    private static List<UnaryOperator<String>> recasings() {
        return List.of(UnaryOperator.identity(), Recase::sentenceCase, Recase::lowerCase);
    }

    static SplitModel roundTrip(SplitModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        return SplitModel.read(new ByteArrayInputStream(bytes.toByteArray()));
    }

    /** The paper's part of the corpus by a hash of its id: 0 calibration, 1 test, 2 to 9 training. */
    static int part(Corpus.Paper paper) {
        return Math.floorMod(mix(paper.id().hashCode()), 10);
    }

    private static int mix(int x) {
        x = (x ^ (x >>> 16)) * 0x45d9f3b;
        x = (x ^ (x >>> 16)) * 0x45d9f3b;
        return x ^ (x >>> 16);
    }

    /** The held-out parts' errors together: as listed (and how many late), and over the six evaluations. */
    private static void validation(SplitModel model, List<Corpus.Paper> calibration, List<Corpus.Paper> test, PrintWriter log) {
        int listed = 0;
        int late = 0;
        int all = 0;
        for (List<Corpus.Paper> part : List.of(calibration, test)) {
            List<UnaryOperator<String>> recasings = recasings();
            for (int r = 0; r < recasings.size(); r++) {
                Evaluation e = Evaluation.of(model, part, recasings.get(r));
                if (r == 0) {
                    listed += e.errors();
                    late += e.lateErrors();
                }
                all += e.errors();
            }
        }
        log.printf(Locale.ROOT, "calibration and test parts: %d errors as listed (%d late), %d over the six evaluations%n",
                listed, late, all);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
