package org.lectern.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.lectern.listing.ParsedPaper;
import org.lectern.listing.ParseResult;
import org.lectern.listing.split.ReviewBudget;

/**
 * The papers of an import whose title/abstract split is marked uncertain ({@link ReviewBudget}, one per
 * listing file): listed after the counts, to review. A file's batches are noted as they are read; only the
 * papers below the splitter's threshold are kept until the file ends. A long listing names its first
 * {@value #SHOWN} and counts the rest, so the counts stay in sight; {@code --dry-run --json} lists every
 * paper with its confidence.
 */
final class UncertainSplits {
    static final int SHOWN = 50;
    private final List<String> lines = new ArrayList<>();
    private int count;
    private String file;
    private ReviewBudget budget;
    /** The current file's papers below the threshold, in listing order. */
    private final List<Candidate> candidates = new ArrayList<>();

    private record Candidate(int place, ParsedPaper paper) {
    }

    /** Notes a batch of {@code file}'s papers; a file's batches come one after the other. */
    void add(String file, ParseResult parsed) {
        if (!file.equals(this.file)) {
            close();
            this.file = file;
            budget = new ReviewBudget();
        }
        for (ParsedPaper p : parsed.papers()) {
            int place = budget.add(p.confidence());
            if (p.belowThreshold()) {
                // kept while it may be marked: the file's later papers decide which are
                candidates.add(new Candidate(place, withoutAbstract(p)));
            }
        }
    }

    private static ParsedPaper withoutAbstract(ParsedPaper p) {
        return p.withSplit(p.title(), "", p.confidence());
    }

    /** Settles the current file's marks. */
    private void close() {
        for (Candidate c : candidates) {
            ParsedPaper p = c.paper();
            if (budget.uncertain(c.place(), p.confidence()) && count++ < SHOWN) {
                lines.add(String.format(java.util.Locale.ROOT, "  %s:%d: %s (confidence %.2f)", file, p.line(), p.title(),
                        p.confidence()));
            }
        }
        candidates.clear();
    }

    void print(PrintWriter out) {
        close();
        file = null;
        if (count == 0) {
            return;
        }
        out.println(count + (count == 1 ? " uncertain split" : " uncertain splits")
                + " to review (file:line: title as split):");
        lines.forEach(out::println);
        if (count > lines.size()) {
            out.println("  … and " + (count - lines.size()) + " more: lectern import --dry-run --json FILE lists every paper with its confidence");
        }
    }
}
