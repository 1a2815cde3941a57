package org.lectern.library;


/** One line of the library table: what a list shows, without the abstract. */
public record PaperRow(long id, String title, Status status, Integer upvotes, PaperDate published,
                       String families, String tags) {
}
