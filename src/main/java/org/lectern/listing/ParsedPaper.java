package org.lectern.listing;

import java.time.LocalDate;
import java.util.List;

/**
 * One paper read from a listing, before it touches the library.
 *
 * @param line        the 1-based line where the paper starts in its listing
 * @param upvotes     null when the listing shows none ("-") or has no such field
 * @param authors     null when the listing does not say
 * @param published   first-version date, null when unknown
 * @param comments    the trailing discussion count, null when absent
 * @param arxivId     e.g. "2401.01234", null when unknown
 * @param url         a link to the paper, null when unknown
 * @param confidence  how sure the title/abstract split is, 0..1 (1 when the format has separate fields)
 * @param extras      reading state carried by Lectern's own JSON export, null for every other format
 */
public record ParsedPaper(int line, Integer upvotes, String title, String abstractText, Integer authors,
                          LocalDate published, Integer comments, String arxivId, String url,
                          double confidence, Extras extras) {

    /**
     * Whether the title/abstract split should be reviewed: the splitter was less sure of it than its review
     * threshold. Papers whose format keeps title and abstract apart (confidence 1) never are.
     */
    public boolean uncertain() {
        return confidence < 1 && confidence < TitleSplitter.uncertainBelow();
    }

    /** Reading state that only a Lectern export carries: applied to new papers only. */
    public record Extras(String status, List<String> tags, List<String> families, String note) {
    }
}
