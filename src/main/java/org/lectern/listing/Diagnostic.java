package org.lectern.listing;

/** A line of a listing that could not be read, with the reason in words a reader understands. */
public record Diagnostic(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
