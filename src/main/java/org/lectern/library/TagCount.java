package org.lectern.library;

/** A tag and how many papers carry it. */
public record TagCount(String name, int count) {
}
