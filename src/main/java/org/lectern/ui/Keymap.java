package org.lectern.ui;

import javafx.scene.input.KeyCombination;

/** Every window shortcut in one place: menus, handlers and the shortcut list all read it. */
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
    OPEN("Open on arXiv", "O");

    private final String description;
    private final KeyCombination key;

    Keymap(String description, String key) {
        this.description = description;
        this.key = KeyCombination.valueOf(key);
    }

    public String description() {
        return description;
    }

    public KeyCombination key() {
        return key;
    }

    /** True when {@code event} is this action's key. */
    public boolean matches(javafx.scene.input.KeyEvent event) {
        return key.match(event);
    }
}
