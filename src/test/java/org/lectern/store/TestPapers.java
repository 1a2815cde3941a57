package org.lectern.store;

import java.util.List;

import org.lectern.library.PaperDate;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/** Parsed papers built by hand, so store tests do not depend on a listing format. */
final class TestPapers {
    private TestPapers() {
    }

    static ParsedPaper paper(int line, String title, String abstractText, Integer upvotes, Integer comments) {
        return new ParsedPaper(line, upvotes, title, abstractText, 3, PaperDate.day(2024, 1, line % 28 + 1),
                comments, null, null, 0.9, null);
    }

    /** Imports {@code papers} into {@code library} as one listing; returns what the import did. */
    static ImportOutcome importInto(Library library, ParsedPaper... papers) {
        Importer importer = new Importer(library);
        return importer.commit(importer.preview("t", listing(papers)));
    }

    static ParseResult listing(ParsedPaper... papers) {
        return new ParseResult("test", List.of(papers), List.of());
    }
}
