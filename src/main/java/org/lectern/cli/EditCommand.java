package org.lectern.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.lectern.edit.EditPaper;
import org.lectern.library.Paper;
import org.lectern.store.PaperEdits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lectern edit PAPER --title … --abstract …}: corrects what a listing got wrong. */
@Command(name = "edit", mixinStandardHelpOptions = true,
        description = {"Change a paper's title, abstract, arXiv id, link, date or author count.",
            "An empty value (--url \"\") clears a field; the title cannot be cleared. Search follows at once."})
final class EditCommand implements Callable<Integer> {
    @Mixin
    OnePaper target;

    @Option(names = "--title", paramLabel = "TEXT", description = "The new title.")
    String title;

    @Option(names = "--abstract", paramLabel = "TEXT", description = "The new abstract.")
    String abstractText;

    @Option(names = "--arxiv", paramLabel = "ID", description = "The arXiv id, e.g. 2401.01234 (a version is dropped).")
    String arxiv;

    @Option(names = "--url", paramLabel = "URL", description = "A link to the paper.")
    String url;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The first version's date, YYYY-MM for a month, or YYYY for a year alone.")
    String date;

    @Option(names = "--authors", paramLabel = "N", description = "How many authors.")
    String authors;

    @Override
    public Integer call() {
        Map<PaperEdits.Field, Object> changes = new EnumMap<>(PaperEdits.Field.class);
        if (title != null) changes.put(PaperEdits.Field.TITLE, title);
        if (abstractText != null) changes.put(PaperEdits.Field.ABSTRACT, abstractText);
        if (arxiv != null) changes.put(PaperEdits.Field.ARXIV_ID, blankToNull(arxiv));
        if (url != null) changes.put(PaperEdits.Field.URL, blankToNull(url));
        if (date != null) changes.put(PaperEdits.Field.PUBLISHED, blankToNull(date));
        if (authors != null) changes.put(PaperEdits.Field.AUTHORS, blankToNull(authors));
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("nothing to change: give --title, --abstract, --arxiv, --url, --date or --authors");
        }
        Paper p = target.paper();
        Paper now = target.applied(new EditPaper(target.services().library(), p.id(), changes), p.id());
        target.out().println("edited " + now.id() + ": " + now.title());
        return 0;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
