package org.lectern.library;


import java.util.Objects;

/** One line of the library table: what a list shows, without the abstract. */
public record PaperRow(long id, String title, Status status, Integer upvotes, PaperDate published,
                       String families, String tags) {
    // Written out rather than left to the record: the table compares rows as the first ones show, and a
    // record's own equals is linked on its first call through method handles, about 25 ms of the FX
    // thread before the first rows (a CPU profile of the start-up). The same fields, in the same way.
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PaperRow r && id == r.id && status == r.status && Objects.equals(title, r.title)
                && Objects.equals(upvotes, r.upvotes) && Objects.equals(published, r.published)
                && Objects.equals(families, r.families) && Objects.equals(tags, r.tags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, status, upvotes, published, families, tags);
    }
}
