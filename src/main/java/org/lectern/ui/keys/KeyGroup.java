package org.lectern.ui.keys;

import org.lectern.ui.Keymap;

/** The headings the cheat sheet and the palette sort actions under. */
public enum KeyGroup {
    MOVE("Everywhere"),
    TRIAGE("Triage"),
    QUEUE("In the queue"),
    WINDOW("Window");

    private final String title;

    KeyGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The group {@code action} belongs to. */
    public static KeyGroup of(Keymap action) {
        return switch (action) {
            case NEXT, PREVIOUS, OPEN_DETAIL, OPEN, FOCUS_SEARCH, BACK, CHEAT_SHEET, PALETTE, UNDO, REDO -> MOVE;
            case QUEUE, QUEUE_TOP, STATUS_NEW, STATUS_QUEUED, STATUS_READING, STATUS_READ, STATUS_DROPPED,
                    TAG, FAMILY, NOTE, DROP -> TRIAGE;
            case SHOW_QUEUE, START_READING, MARK_READ, SKIP, MOVE_UP, MOVE_DOWN, RETURN_NEW -> QUEUE;
            default -> WINDOW;
        };
    }
}
