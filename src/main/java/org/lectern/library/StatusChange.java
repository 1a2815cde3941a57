package org.lectern.library;

import java.time.Instant;

/** One dated step in a paper's reading history. */
public record StatusChange(Status status, Instant at) {
}
