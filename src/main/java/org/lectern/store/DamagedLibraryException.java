package org.lectern.store;

/** The library file is not a readable database: only {@code restore} can help, so it is told apart. */
public final class DamagedLibraryException extends StoreException {
    public DamagedLibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
