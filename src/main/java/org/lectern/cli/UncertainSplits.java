package org.lectern.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.lectern.listing.ParsedPaper;
import org.lectern.listing.ParseResult;

/**
 * The papers of an import whose title/abstract split the splitter was unsure of: listed after the counts,
 * to review. A long listing names its first {@value #SHOWN} and counts the rest, so the counts stay in
 * sight; {@code --dry-run --json} lists every paper with its confidence.
 */
final class UncertainSplits {
    static final int SHOWN = 50;
    private final List<String> lines = new ArrayList<>();
    private int count;

    void add(String file, ParseResult parsed) {
        for (ParsedPaper p : parsed.papers()) {
            if (p.uncertain() && count++ < SHOWN) {
                lines.add(String.format(java.util.Locale.ROOT, "  %s:%d: %s (confidence %.2f)", file, p.line(), p.title(),
                        p.confidence()));
            }
        }
    }

    void print(PrintWriter out) {
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
