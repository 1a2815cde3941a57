package org.lectern.listing.split;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How a model splits papers it was not trained on: which it gets exactly right, how sure it is, and which
 * it would flag. Also fits the two numbers calibration needs: the softmax temperature (by likelihood) and
 * the review threshold (the lowest one that flags every error of the calibration papers).
 */
public final class Evaluation {
    /**
     * One paper's outcome: the probability of the chosen boundary, whether it is flagged whatever that
     * probability (it reads unlike a title, or the members disagree), whether it is right, whether the chosen
     * boundary is after the true one (the title takes the abstract's first word or words).
     */
    record Outcome(double probability, boolean forced, boolean correct, boolean inTop3, boolean late) {
    }

    private final List<Outcome> outcomes;

    private Evaluation(List<Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    /** Splits every paper (its title re-cased by {@code recase}) with the model. */
    public static Evaluation of(SplitModel model, List<Corpus.Paper> papers, UnaryOperator<String> recase) {
        return of(new Splitter(model), papers, recase);
    }

    /** Splits every paper (its title re-cased by {@code recase}) with this splitter. */
    static Evaluation of(Splitter splitter, List<Corpus.Paper> papers, UnaryOperator<String> recase) {
        Splitter.Scores s = new Splitter.Scores(splitter.model());
        List<Outcome> out = new ArrayList<>(papers.size());
        for (Corpus.Paper paper : papers) {
            String title = recase.apply(paper.title());
            int truth = Trainer.titleWords(title) - 1;
            Tokens t = new Tokens(title + " " + paper.abstractText());
            int candidates = splitter.score(t, s);
            boolean reachable = truth >= 0 && truth < candidates;
            int above = 0;
            for (int c = 0; reachable && c < candidates; c++) {
                if (s.p[c] > s.p[truth]) {
                    above++;
                }
            }
            boolean forced = candidates == 0 || s.disagree() || s.grammarMoved || TitleShape.unlikeTitle(t, s.best + 1);
            out.add(new Outcome(candidates == 0 ? 0 : s.p[s.best], forced, reachable && s.best == truth, reachable && above < 3,
                    candidates > 0 && s.best > truth));
        }
        return new Evaluation(out);
    }

    /** The temperature that makes the true boundaries most likely on these papers under the model's summed scores. */
    public static float fitTemperature(SplitModel model, List<Corpus.Paper> papers) {
        Splitter splitter = new Splitter(model.firstStage().calibrated(1, 0));
        Splitter.Scores sc = new Splitter.Scores(model);
        List<double[]> scores = new ArrayList<>();
        List<Integer> truths = new ArrayList<>();
        for (Corpus.Paper paper : papers) {
            int truth = Trainer.titleWords(paper.title()) - 1;
            int candidates = splitter.score(new Tokens(paper.run()), sc);
            if (truth < 0 || truth >= candidates) {
                continue;
            }
            // log-probabilities at temperature 1 are the scores up to a constant per paper
            double[] s = new double[candidates];
            for (int c = 0; c < candidates; c++) {
                s[c] = Math.log(Math.max(sc.p[c], 1e-300));
            }
            scores.add(s);
            truths.add(truth);
        }
        float best = 1;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (float temperature = 0.5f; temperature <= 4.0f; temperature += 0.05f) {
            double loss = 0;
            for (int i = 0; i < scores.size(); i++) {
                double[] s = scores.get(i);
                double max = Arrays.stream(s).max().orElse(0);
                double sum = 0;
                for (double v : s) {
                    sum += Math.exp((v - max) / temperature);
                }
                loss -= (s[truths.get(i)] - max) / temperature - Math.log(sum);
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = temperature;
            }
        }
        return best;
    }

    /**
     * The review threshold: the lowest that flags {@code caught} of the errors of all the evaluations (those
     * reading unlike a title or disputed by the members are flagged already), unless that flags more than
     * {@code maxFlagged} of the first evaluation's papers; then the one that flags just that share.
     */
    public static float threshold(List<Evaluation> evaluations, double caught, double maxFlagged) {
        List<Double> errors = new ArrayList<>();
        int errorCount = 0;
        for (Evaluation e : evaluations) {
            for (Outcome o : e.outcomes) {
                if (!o.correct) {
                    errorCount++;
                    if (!o.forced) {
                        errors.add(o.probability);
                    }
                }
            }
        }
        errors.sort(java.util.Comparator.reverseOrder());
        int mayMiss = (int) Math.floor(errorCount * (1 - caught));
        // just above the most confident error that must be caught
        float catching = mayMiss < errors.size() ? Math.nextUp(errors.get(mayMiss).floatValue()) : 0;
        Evaluation first = evaluations.get(0);
        double[] confident = first.outcomes.stream().filter(o -> !o.forced).mapToDouble(Outcome::probability).sorted().toArray();
        int forced = first.outcomes.size() - confident.length;
        int allowed = (int) Math.floor(maxFlagged * first.outcomes.size()) - forced;
        float capped = allowed <= 0 ? 0 : allowed >= confident.length ? 1 : (float) confident[allowed];
        return Math.min(catching, capped);
    }

    public int papers() {
        return outcomes.size();
    }

    public double exactShare() {
        return share(o -> o.correct);
    }

    public double top3Share() {
        return share(o -> o.inTop3);
    }

    public double flaggedShare(double threshold) {
        return share(o -> flagged(o, threshold));
    }

    /** The errors whose title takes the abstract's first word or words. */
    public int lateErrors() {
        return (int) outcomes.stream().filter(o -> !o.correct() && o.late()).count();
    }

    public int errors() {
        return (int) outcomes.stream().filter(o -> !o.correct).count();
    }

    public int unflaggedErrors(double threshold) {
        return (int) outcomes.stream().filter(o -> !o.correct && !flagged(o, threshold)).count();
    }

    /** Share of errors the threshold flags; 1 when there are none. */
    public double caughtShare(double threshold) {
        int errors = errors();
        return errors == 0 ? 1 : 1 - (double) unflaggedErrors(threshold) / errors;
    }

    private static boolean flagged(Outcome o, double threshold) {
        return o.forced || o.probability < threshold;
    }

    private double share(java.util.function.Predicate<Outcome> test) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(test).count() / outcomes.size();
    }

    /** One line of figures at a threshold. */
    public String summary(double threshold) {
        return String.format(Locale.ROOT, "%,d papers: %.2f%% exact (%d errors), true boundary in top 3 %.2f%%; "
                        + "flagged %.2f%%, errors caught %.2f%%, unflagged errors %d (%.2f per 1,000)",
                papers(), 100 * exactShare(), errors(), 100 * top3Share(), 100 * flaggedShare(threshold),
                100 * caughtShare(threshold), unflaggedErrors(threshold), 1000.0 * unflaggedErrors(threshold) / Math.max(1, papers()));
    }

    /**
     * One line of figures with the papers marked as a listing's are: below the threshold, bounded to the
     * least confident {@link ReviewBudget#SHARE} (a disputed or unlike split counts at its capped confidence,
     * as the splitter gives it).
     */
    public String boundedSummary(double threshold) {
        ReviewBudget budget = new ReviewBudget(threshold);
        double[] confidence = new double[outcomes.size()];
        for (int i = 0; i < confidence.length; i++) {
            Outcome o = outcomes.get(i);
            confidence[i] = o.forced ? Splitter.capped(o.probability, threshold) : o.probability;
            budget.add(confidence[i]);
        }
        int flagged = 0;
        int missed = 0;
        for (int i = 0; i < confidence.length; i++) {
            boolean marked = budget.uncertain(i, confidence[i]);
            flagged += marked ? 1 : 0;
            missed += !marked && !outcomes.get(i).correct ? 1 : 0;
        }
        return String.format(Locale.ROOT, "marked as a listing (at most %.0f%%): flagged %.2f%%, errors caught %.2f%%, "
                        + "unflagged errors %d (%.2f per 1,000)", 100 * ReviewBudget.SHARE, 100.0 * flagged / Math.max(1, papers()),
                errors() == 0 ? 100 : 100 - 100.0 * missed / errors(), missed, 1000.0 * missed / Math.max(1, papers()));
    }

    /** Errors caught when a given share of the papers is flagged (the least confident first): one row per share. */
    public List<String> budgetCurve(double... shares) {
        double[] confident = outcomes.stream().filter(o -> !o.forced).mapToDouble(Outcome::probability).sorted().toArray();
        int forced = outcomes.size() - confident.length;
        List<String> rows = new ArrayList<>();
        for (double share : shares) {
            int allowed = (int) Math.floor(share * outcomes.size()) - forced;
            double t = allowed <= 0 ? 0 : allowed >= confident.length ? 1.0000001 : confident[allowed];
            rows.add(String.format(Locale.ROOT, "  flagging %4.1f%% (threshold %.4f): errors caught %6.2f%%", 100 * flaggedShare(t),
                    t, 100 * caughtShare(t)));
        }
        return rows;
    }

    /** Flagged share against errors caught as the threshold moves: one row per threshold. */
    public List<String> curve(double... thresholds) {
        List<String> rows = new ArrayList<>();
        for (double t : thresholds) {
            rows.add(String.format(Locale.ROOT, "  threshold %.3f: flagged %5.2f%%, errors caught %6.2f%%", t,
                    100 * flaggedShare(t), 100 * caughtShare(t)));
        }
        return rows;
    }
}
