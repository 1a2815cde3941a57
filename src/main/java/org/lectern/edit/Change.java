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
}
