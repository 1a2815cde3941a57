package org.lectern.library;

import java.time.LocalDate;
import java.util.List;

/** A paper with everything the reader keeps about it. */
public record Paper(long id, String title, String abstractText, Integer authors, LocalDate published,
                    Integer upvotes, Integer comments, String arxivId, String url, Status status,
                    List<String> tags, List<String> families, String note) {
}
