package org.lectern.ui;

import javafx.scene.input.KeyCombination;

/**
 * Every window action with its default key, in one place: menus, handlers, the cheat sheet and the
 * command palette all read it, through the reader's bindings ({@link org.lectern.ui.keys.KeyBindings}).
 */
public enum Keymap {
    IMPORT_FILE("Import a listing file…", "Shortcut+O"),
    PASTE_LISTING("Paste a listing", "Shortcut+V"),
    QUIT("Quit", "Shortcut+Q"),
    UNDO("Undo", "Shortcut+Z"),
    REDO("Redo", "Shortcut+Shift+Z"),
    FIND("Search", "Shortcut+F"),
    TOGGLE_THEME("Dark theme", "Shortcut+Shift+D"),
    FOCUS_SIDEBAR("Go to the sidebar", "Shortcut+1"),
    FOCUS_LIST("Go to the list", "Shortcut+2"),
    FOCUS_DETAIL("Go to the note", "Shortcut+3"),
    NEXT("Next paper", "J"),
    PREVIOUS("Previous paper", "K"),
    QUEUE("Add to the reading queue", "Q"),
    TAG("Add a tag", "T"),
    NOTE("Edit the note", "N"),
    OPEN("Open on arXiv", "O"),
    OPEN_DETAIL("Open the detail", "Enter"),
    BACK("Back out", "Esc"),
    FOCUS_SEARCH("Go to the search", "/"),
    CHEAT_SHEET("Show the keys", "?"),
    PALETTE("Command palette", "Shortcut+K"),
    QUEUE_TOP("Add to the top of the queue", "Shift+Q"),
    STATUS_NEW("Mark New", "1"),
    STATUS_QUEUED("Mark Queued", "2"),
    STATUS_READING("Mark Reading", "3"),
    STATUS_READ("Mark Read", "4"),
    STATUS_DROPPED("Mark Dropped", "5"),
    FAMILY("Put in a family…", "F"),
    DROP("Drop", "X"),
    START_READING("Start reading", "Space"),
    MARK_READ("Mark read, go to the next", "R"),
    SKIP("Skip to the end of the queue", "S"),
    MOVE_UP("Move up the queue", "Alt+Up"),
    MOVE_DOWN("Move down the queue", "Alt+Down"),
    RETURN_NEW("Return to New", "U"),
    SHOW_QUEUE("Go to the reading queue", "G");

    private final String description;
    private final KeyCombination key;

    Keymap(String description, String key) {
        this.description = description;
        this.key = KeyCombination.valueOf(key);
    }

    public String description() {
        return description;
    }

    /** The default key; the key in force is the reader's, from {@link org.lectern.ui.keys.KeyBindings}. */
    public KeyCombination key() {
        return key;
    }

    /** True when {@code event} is this action's default key. */
    public boolean matches(javafx.scene.input.KeyEvent event) {
        return key.match(event);
    }
}
