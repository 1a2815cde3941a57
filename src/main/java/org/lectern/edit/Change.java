package org.lectern.edit;

/**
 * One change to the library that knows how to take itself back. Both methods touch the library,
 * so they run on a background thread, never the JavaFX thread.
 */
public interface Change {
    /** What the change does, in words for a menu item ("Undo " + description). */
    String description();

    /** Makes the change (again, after an undo). */
    void apply();

    /** Takes the change back. */
    void undo();

    /**
     * Whether the change, once applied, turned out to change nothing the reader can see (an import whose
     * every paper was already there as it is): such a change is not remembered, so Undo never offers it.
     */
    default boolean changedNothing() {
        return false;
    }
}
