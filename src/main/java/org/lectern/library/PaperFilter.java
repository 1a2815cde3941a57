package org.lectern.library;

/**
 * Which papers a list shows; every null part means "any".
 *
 * @param view    ALL, QUEUE (queued and reading, in queue order) or RECENT (the latest import first)
 * @param search  a full-text query over title, abstract, note and tags
 */
public record PaperFilter(View view, Status status, String family, String tag, String search) {

    /** The lists the sidebar offers above statuses, families and tags. */
    public enum View { ALL, QUEUE, RECENT }

    public static PaperFilter all() {
        return new PaperFilter(View.ALL, null, null, null, null);
    }

    public PaperFilter withSearch(String query) {
        return new PaperFilter(view, status, family, tag, query);
    }

    public PaperFilter withStatus(Status s) {
        return new PaperFilter(View.ALL, s, null, null, search);
    }

    public PaperFilter withFamily(String name) {
        return new PaperFilter(View.ALL, null, name, null, search);
    }

    public PaperFilter withTag(String name) {
        return new PaperFilter(View.ALL, null, null, name, search);
    }

    public PaperFilter withView(View v) {
        return new PaperFilter(v, null, null, null, search);
    }
}
