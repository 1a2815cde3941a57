package org.lectern.store;

/** A library file that cannot be opened, read or written, with the reason in plain words. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
