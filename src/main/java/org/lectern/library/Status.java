package org.lectern.library;

import java.util.Locale;

/** Where a paper stands in the reader's work: New → Queued → Reading → Read, or Dropped. */
public enum Status {
    NEW, QUEUED, READING, READ, DROPPED;

    /** The lower-case name used in files and on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name shown to the reader. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** Reads a status by its key or label, ignoring case; throws with the valid names when unknown. */
    public static Status parse(String text) {
        for (Status s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) return s;
        }
        throw new IllegalArgumentException("unknown status '" + text + "' (use new, queued, reading, read or dropped)");
    }

    /** True while the paper belongs in the reading queue. */
    public boolean inQueue() {
        return this == QUEUED || this == READING;
    }
}
