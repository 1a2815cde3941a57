package org.lectern.library;

import java.time.Instant;

/** An earlier text of a paper's note, as it stood from {@code savedAt} until it was replaced. */
public record NoteRevision(String body, Instant savedAt) {
    /** The first non-blank line, for a list of revisions. */
    public String firstLine() {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("(empty)");
    }
}
