package org.lectern.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.lectern.listing.ParsedPaper;
import org.lectern.listing.split.ReviewBudget;
import org.lectern.store.ImportPreview;

/**
 * The papers of an import whose title/abstract split is marked uncertain ({@link ReviewBudget}, one per
 * listing file): listed after the counts, to review. A file's papers are noted as they are matched, so a
 * paper whose title the library already knows is left out; only the papers below the splitter's threshold
 * are kept until the file ends. A long listing names its first
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

    /**
     * Notes what became of some of {@code file}'s papers, in listing order; a file's papers come one after
     * the other. A paper whose title the library already knows is not uncertain, as in the preview.
     */
    void add(String file, List<ImportPreview.Item> items) {
        if (!file.equals(this.file)) {
            close();
            this.file = file;
            budget = new ReviewBudget();
        }
        for (ImportPreview.Item item : items) add(item);
    }

    /** Notes one paper of the current file. */
    private void add(ImportPreview.Item item) {
        double confidence = item.reviewConfidence();
        int place = budget.add(confidence);
        if (ReviewBudget.belowThreshold(confidence)) {
            // kept while it may be marked: the file's later papers decide which are
            ParsedPaper p = item.paper();
            candidates.add(new Candidate(place, p.withSplit(p.title(), "", confidence)));
        }
    }

    /** Forgets what was noted of {@code file}, the current one: its import was rolled back. */
    void forget(String file) {
        if (!file.equals(this.file)) return;
        candidates.clear();
        this.file = null;
        budget = null;
    }

    /** Settles the marks of the current file, whose import is saved: the same name named again is another file. */
    void settle() {
        close();
        file = null;
        budget = null;
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
