package org.lectern.library;

import java.time.LocalDate;

/** One line of the library table: what a list shows, without the abstract. */
public record PaperRow(long id, String title, Status status, Integer upvotes, LocalDate published,
                       String families, String tags) {
}
