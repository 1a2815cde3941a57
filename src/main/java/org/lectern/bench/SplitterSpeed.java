package org.lectern.bench;

import java.util.List;

import org.lectern.listing.ParsedPaper;
import org.lectern.listing.TitleSplitter;

/**
 * How fast the title/abstract splitter alone runs on one core: it is inside every one-line import, so its
 * rate bounds the parser's. The runs are the synthetic papers' "TITLE ABSTRACT" text; the best of three
 * timed passes counts, after a pass that loads the model and warms the code up.
 */
final class SplitterSpeed {
    private static final int MAX_RUNS = 100_000;

    private SplitterSpeed() {
    }

    static void measure(List<ParsedPaper> papers, Report report) {
        int n = Math.min(MAX_RUNS, papers.size());
        String[] runs = new String[n];
        for (int i = 0; i < n; i++) {
            runs[i] = papers.get(i).title() + " " + papers.get(i).abstractText();
        }
        TitleSplitter splitter = new TitleSplitter();
        long sink = pass(splitter, runs);
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            sink += pass(splitter, runs);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        report.put("splitter", "papers", n);
        report.put("splitter", "seconds", best);
        report.put("splitter", "papers_per_second", n / best);
        // keeps the work from being optimised away
        report.put("splitter", "checksum", sink);
    }

    private static long pass(TitleSplitter splitter, String[] runs) {
        long sum = 0;
        for (String run : runs) {
            sum += splitter.split(run).title().length();
        }
        return sum;
    }
}
