package org.lectern.library;

import java.util.List;

/**
 * A paper with everything the reader keeps about it.
 *
 * @param bibtexKey   the citation key it came in with from a BibTeX file, null when none
 * @param authorNames the authors' names in reading order, empty when unknown
 * @param splitConfidence how sure the title/abstract boundary is, 0..1: 1 when the title was given (its
 *                    own field in a listing, or the reader's), below 1 when the splitter guessed it; null
 *                    when the library does not know
 */
public record Paper(long id, String title, String abstractText, Integer authors, PaperDate published,
                    Integer upvotes, Integer comments, String arxivId, String url, Status status,
                    List<String> tags, List<String> families, String note, String bibtexKey,
                    List<String> authorNames, Double splitConfidence) {

    public Paper {
        authorNames = authorNames == null ? List.of() : List.copyOf(authorNames);
    }

    /** A paper whose title was given. */
    public Paper(long id, String title, String abstractText, Integer authors, PaperDate published,
                 Integer upvotes, Integer comments, String arxivId, String url, Status status,
                 List<String> tags, List<String> families, String note, String bibtexKey,
                 List<String> authorNames) {
        this(id, title, abstractText, authors, published, upvotes, comments, arxivId, url, status, tags, families,
                note, bibtexKey, authorNames, 1.0);
    }

    /** A paper whose authors are not named and that has no citation key. */
    public Paper(long id, String title, String abstractText, Integer authors, PaperDate published,
                 Integer upvotes, Integer comments, String arxivId, String url, Status status,
                 List<String> tags, List<String> families, String note) {
        this(id, title, abstractText, authors, published, upvotes, comments, arxivId, url, status, tags, families,
                note, null, List.of());
    }

    /** A paper with its authors' names and no citation key. */
    public Paper(long id, String title, String abstractText, Integer authors, PaperDate published,
                 Integer upvotes, Integer comments, String arxivId, String url, Status status,
                 List<String> tags, List<String> families, String note, List<String> authorNames) {
        this(id, title, abstractText, authors, published, upvotes, comments, arxivId, url, status, tags, families,
                note, null, authorNames);
    }
}
