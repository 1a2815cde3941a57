package org.lectern.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a paper on arXiv: by its arXiv id when it has one, else by its title, choosing among the
 * results by title and whole-text similarity. Nothing is attached below the thresholds, and when two
 * candidates are both close the paper is reported as ambiguous rather than guessed.
 */
public final class ArxivMatcher {
    /** The least title similarity of an accepted candidate. */
    static final double TITLE_THRESHOLD = 0.8;
    /** The least similarity of the whole text (title and abstract) when the paper has an abstract. */
    static final double TEXT_THRESHOLD = 0.6;
    /** Without an abstract the title alone must agree this well. */
    static final double BARE_TITLE_THRESHOLD = 0.95;
    /** A runner-up within this of the best makes the answer ambiguous. */
    static final double MARGIN = 0.05;
    private static final int RESULTS = 10;

    /** What is known of the paper to look up. */
    public record Query(String title, String abstractText, String arxivId) {
    }

    /** A result of the search with its similarities to the paper. */
    public record Candidate(ArxivEntry entry, double title, double text, boolean accepted) {
        double score() {
            return 0.4 * title + 0.6 * text;
        }
    }

    public enum Outcome { MATCHED, AMBIGUOUS, NONE }

    /** The outcome; {@code match} is set only when MATCHED, {@code candidates} are the accepted ones, best first. */
    public record Result(Outcome outcome, ArxivEntry match, List<Candidate> candidates) {
    }

    private final ArxivClient client;

    public ArxivMatcher(ArxivClient client) {
        this.client = client;
    }

    public Result lookUp(Query q) {
        if (q.arxivId() != null && !q.arxivId().isBlank()) {
            for (ArxivEntry e : client.byIds(List.of(q.arxivId().strip())).entries()) {
                if (e.arxivId().equalsIgnoreCase(q.arxivId().strip())) return new Result(Outcome.MATCHED, e, List.of());
            }
        }
        String phrase = TitleQuery.phrase(q.title(), Integer.MAX_VALUE);
        if (phrase == null) return new Result(Outcome.NONE, null, List.of());
        Result r = choose(q, client.search(phrase, RESULTS).entries());
        if (r.outcome() != Outcome.NONE) return r;
        // A title that ran into its abstract is longer than arXiv's, and a term arXiv reads another way
        // (01.AI, a symbol) breaks a phrase: the title's first half, then its first three terms, still
        // find it among looser results that the similarity then sorts out.
        int n = TitleQuery.terms(q.title()).size();
        int half = Math.max(2, n / 2);
        for (int head : half > 3 ? new int[] {half, 3} : new int[] {half}) {
            if (head >= n) continue;
            r = choose(q, client.search(TitleQuery.phrase(q.title(), head), 2 * RESULTS).entries());
            if (r.outcome() != Outcome.NONE) return r;
        }
        return r;
    }

    /** Chooses among a search's entries; the order arXiv gave them in counts for nothing. */
    static Result choose(Query q, List<ArxivEntry> entries) {
        List<String> title = TextSimilarity.words(q.title());
        List<String> whole = TextSimilarity.words(q.title() + " " + (q.abstractText() == null ? "" : q.abstractText()));
        boolean bare = isBlank(q.abstractText());
        List<Candidate> accepted = new ArrayList<>();
        for (ArxivEntry e : entries) {
            List<String> theirs = TextSimilarity.words(e.title());
            double t = Math.max(TextSimilarity.dice(title, theirs), TextSimilarity.begins(theirs, whole));
            double x = bare ? TextSimilarity.dice(title, theirs)
                    : TextSimilarity.cosine(whole, TextSimilarity.words(e.title() + " " + e.summary()));
            boolean ok = bare ? x >= BARE_TITLE_THRESHOLD : t >= TITLE_THRESHOLD && x >= TEXT_THRESHOLD;
            if (ok) accepted.add(new Candidate(e, t, x, true));
        }
        accepted.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (accepted.isEmpty()) return new Result(Outcome.NONE, null, List.of());
        if (accepted.size() > 1 && accepted.get(0).score() - accepted.get(1).score() < MARGIN
                && !accepted.get(0).entry().arxivId().equals(accepted.get(1).entry().arxivId())) {
            return new Result(Outcome.AMBIGUOUS, null, List.copyOf(accepted));
        }
        return new Result(Outcome.MATCHED, accepted.get(0).entry(), List.copyOf(accepted));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
