package org.lectern.listing;

import java.util.List;

import org.lectern.library.PaperDate;


/**
 * One paper read from a listing, before it touches the library.
 *
 * @param line        the 1-based line where the paper starts in its listing
 * @param upvotes     null when the listing shows none ("-") or has no such field
 * @param authors     null when the listing does not say; follows {@code authorNames} when only they are known
 * @param published   first-version date, null when unknown
 * @param comments    the trailing discussion count, null when absent
 * @param arxivId     e.g. "2401.01234", null when unknown
 * @param url         a link to the paper, null when unknown
 * @param confidence  how sure the title/abstract split is, 0..1 (1 when the format has separate fields)
 * @param extras      reading state carried by Lectern's own JSON export (or a listing's keywords taken as
 *                    tags), null otherwise
 * @param bibtexKey   the citation key a BibTeX entry had, kept so an export can cite it the same way; null
 *                    when the listing has none
 * @param authorNames the authors' names in reading order ("Yu Sun"), empty when the listing gives none
 */
public record ParsedPaper(int line, Integer upvotes, String title, String abstractText, Integer authors,
                          PaperDate published, Integer comments, String arxivId, String url,
                          double confidence, Extras extras, String bibtexKey, List<String> authorNames) {

    public ParsedPaper {
        authorNames = authorNames == null ? List.of() : List.copyOf(authorNames);
        if (authors == null && !authorNames.isEmpty()) {
            authors = authorNames.size();
        }
    }

    /** A paper whose listing names no authors and has no citation key. */
    public ParsedPaper(int line, Integer upvotes, String title, String abstractText, Integer authors,
                       PaperDate published, Integer comments, String arxivId, String url,
                       double confidence, Extras extras) {
        this(line, upvotes, title, abstractText, authors, published, comments, arxivId, url, confidence, extras,
                null, List.of());
    }

    /** A paper with its authors' names but no citation key. */
    public ParsedPaper(int line, Integer upvotes, String title, String abstractText, Integer authors,
                       PaperDate published, Integer comments, String arxivId, String url,
                       double confidence, Extras extras, List<String> authorNames) {
        this(line, upvotes, title, abstractText, authors, published, comments, arxivId, url, confidence, extras,
                null, authorNames);
    }

    /** The same paper with another title and abstract (a reader's own split), everything else kept. */
    public ParsedPaper withSplit(String newTitle, String newAbstract, double newConfidence) {
        return new ParsedPaper(line, upvotes, newTitle, newAbstract, authors, published, comments, arxivId, url,
                newConfidence, extras, bibtexKey, authorNames);
    }

    /** Reading state that only a Lectern export carries: applied to new papers only. */
    public record Extras(String status, List<String> tags, List<String> families, String note) {
    }
}
