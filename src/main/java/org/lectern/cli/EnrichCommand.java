package org.lectern.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.lectern.edit.EditPaper;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.lookup.ArxivClient;
import org.lectern.lookup.ArxivMatcher;
import org.lectern.lookup.ArxivSettings;
import org.lectern.lookup.Enrichment;
import org.lectern.lookup.LookupException;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.store.PaperEdits;
import org.lectern.store.Papers;
import org.lectern.store.StoreException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lectern enrich}: looks papers up on arXiv and fills in what a listing left out. Only this
 * command (and the reader's own request in the window) sends anything to arXiv. Each paper is stored
 * as it is found, so an interrupted run keeps what it got.
 */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Look papers up on arXiv: by arXiv id when known, else by title, checked against the abstract.",
            "A match sets the arXiv id, the author names, the first version's date, the abstract link and arXiv's title;",
            "nothing is attached when no result agrees well enough, and two close results are listed as ambiguous.",
            "Requests go one at a time, $LECTERN_ARXIV_INTERVAL_MS apart (default 3000), to $LECTERN_ARXIV_API",
            "(default " + ArxivSettings.DEFAULT_API + "). Progress goes to standard error."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.DONE + " (every paper was looked up, whether or not arXiv had it)",
            "1:arXiv could not be reached or refused; the papers found before that are kept",
            ExitCodes.WRONG})
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    static final class Which {
        @Parameters(paramLabel = "PAPER", arity = "1..*", description = "Papers by id, arXiv id or title.")
        List<String> papers;

        @Option(names = "--all", required = true, description = "Every paper in the library.")
        boolean all;

        @Option(names = "--missing", required = true, description = "The papers without an arXiv id or author names.")
        boolean missing;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--api", paramLabel = "URL", defaultValue = "${env:LECTERN_ARXIV_API}",
            description = "The query endpoint (default: $LECTERN_ARXIV_API, else arXiv's).")
    String api;

    @Option(names = "--interval", paramLabel = "MS", defaultValue = "${env:LECTERN_ARXIV_INTERVAL_MS}",
            description = "Milliseconds between requests (default: $LECTERN_ARXIV_INTERVAL_MS, else 3000).")
    String interval;

    @Override
    public Integer call() {
        Map<String, String> env = new LinkedHashMap<>();
        if (api != null) env.put("LECTERN_ARXIV_API", api);
        if (interval != null) env.put("LECTERN_ARXIV_INTERVAL_MS", interval);
        ArxivMatcher matcher = new ArxivMatcher(new ArxivClient(ArxivSettings.from(env, Version.current())));
        PrintWriter out = lectern.out();
        PrintWriter err = lectern.err();
        LibraryServices services = lectern.services();
        Library library = services.library();
        Papers papers = services.papers();
        List<Paper> todo = chosen(papers);
        int[] n = new int[4];
        for (int i = 0; i < todo.size(); i++) {
            Paper p = todo.get(i);
            String head = "[" + (i + 1) + "/" + todo.size() + "] ";
            ArxivMatcher.Result r;
            try {
                r = matcher.lookUp(new ArxivMatcher.Query(p.title(), p.abstractText(), p.arxivId()));
            } catch (LookupException e) {
                err.println("lectern: " + e.getMessage());
                err.println("lectern: stopped after " + i + " of " + todo.size() + " papers; what was found is kept");
                summary(out, n, i);
                return 1;
            }
            switch (r.outcome()) {
                case MATCHED -> {
                    n[store(library, p, r, err, head) ? 0 : 3]++;
                }
                case AMBIGUOUS -> {
                    n[1]++;
                    StringBuilder which = new StringBuilder();
                    for (ArxivMatcher.Candidate c : r.candidates()) {
                        which.append(which.length() == 0 ? "" : ", ").append(c.entry().arxivId());
                    }
                    err.println(head + "ambiguous  " + p.title() + " (could be " + which + ")");
                }
                case NONE -> {
                    n[2]++;
                    err.println(head + "none       " + p.title());
                }
            }
        }
        summary(out, n, todo.size());
        return 0;
    }

    private static boolean store(Library library, Paper p, ArxivMatcher.Result r, PrintWriter err, String head) {
        Map<PaperEdits.Field, Object> changes = Enrichment.changes(p, r.match());
        if (changes.isEmpty()) {
            err.println(head + "matched    " + r.match().arxivId() + "  " + p.title() + " (already up to date)");
            return true;
        }
        try {
            new EditPaper(library, p.id(), changes, "Look up on arXiv").apply();
        } catch (StoreException | IllegalArgumentException e) {
            err.println(head + "not stored " + p.title() + ": " + e.getMessage());
            return false;
        }
        err.println(head + "matched    " + r.match().arxivId() + "  " + r.match().title());
        return true;
    }

    private static void summary(PrintWriter out, int[] n, int done) {
        out.println(n[0] + " matched, " + n[1] + " ambiguous, " + n[2] + " not found"
                + (n[3] > 0 ? ", " + n[3] + " not stored" : "") + " (" + done + " looked up)");
    }

    private List<Paper> chosen(Papers papers) {
        if (which.papers != null) {
            List<Paper> out = new ArrayList<>();
            for (String text : which.papers) out.add(PaperArgument.find(papers, text));
            return out;
        }
        List<Paper> all = papers.all(PaperFilter.all());
        if (which.all) return all;
        return all.stream().filter(p -> p.arxivId() == null || p.authorNames().isEmpty()).toList();
    }
}
