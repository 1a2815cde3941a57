package org.lectern.library;

/** A named, coloured group of papers, with how many of them are read. */
public record Family(long id, String name, String color, String kind, String reason, int total, int read) {
}
