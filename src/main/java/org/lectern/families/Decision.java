package org.lectern.families;

/** What to do with a new paper for one family. */
public enum Decision {
    /** Confident: put the paper in the family without asking. */
    PLACE,
    /** Less confident: offer the family for the reader to confirm or reject. */
    SUGGEST
}
