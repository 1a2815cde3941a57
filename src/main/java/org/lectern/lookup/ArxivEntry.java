package org.lectern.lookup;

import java.time.LocalDate;
import java.util.List;

/**
 * One paper of an arXiv feed, whitespace already collapsed (arXiv wraps titles and summaries over
 * several lines).
 *
 * @param arxivId         the id without its version, e.g. 2401.01234 or hep-th/9901001
 * @param published       the date of the first version
 * @param absLink         the abstract page
 * @param pdfLink         the PDF, or null when the entry gives none
 * @param primaryCategory e.g. cs.CL, or null
 */
public record ArxivEntry(String arxivId, String title, String summary, List<String> authors, LocalDate published,
                         String absLink, String pdfLink, String primaryCategory) {
    public ArxivEntry {
        authors = List.copyOf(authors);
    }
}
