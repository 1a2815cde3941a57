package org.lectern.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.lectern.listing.ParsedPaper;
import org.lectern.listing.ParseResult;

/** The papers of an import whose title/abstract split the splitter was unsure of: listed after the counts, to review. */
final class UncertainSplits {
    private final List<String> lines = new ArrayList<>();

    void add(String file, ParseResult parsed) {
        for (ParsedPaper p : parsed.papers()) {
            if (p.uncertain()) {
                lines.add(String.format(java.util.Locale.ROOT, "  %s:%d: %s (confidence %.2f)", file, p.line(), p.title(),
                        p.confidence()));
            }
        }
    }

    void print(PrintWriter out) {
        if (lines.isEmpty()) {
            return;
        }
        out.println(lines.size() + (lines.size() == 1 ? " uncertain split" : " uncertain splits")
                + " to review (file:line: title as split):");
        lines.forEach(out::println);
    }
}
