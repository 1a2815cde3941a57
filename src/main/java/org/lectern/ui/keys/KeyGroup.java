package org.lectern.ui.keys;

import org.lectern.ui.Keymap;

/** The headings the cheat sheet and the palette sort actions under. */
public enum KeyGroup {
    MOVE("Everywhere"),
    TRIAGE("Triage"),
    QUEUE("In the queue"),
    WINDOW("Window"),
    SHEET("In a sheet");

    private final String title;

    KeyGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** True for the keys of a sheet or a field, which the window's dispatcher never runs. */
    public boolean inSheet() {
        return this == SHEET;
    }

    /** The group {@code action} belongs to (the action names it). */
    public static KeyGroup of(Keymap action) {
        return action.group();
    }
}
