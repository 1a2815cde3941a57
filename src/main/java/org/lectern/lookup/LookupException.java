package org.lectern.lookup;

/** A lookup that could not be done (offline, arXiv unreachable or refusing, an answer that is not a feed), with the reason. */
public final class LookupException extends RuntimeException {
    public LookupException(String message) {
        super(message);
    }

    public LookupException(String message, Throwable cause) {
        super(message, cause);
    }
}
