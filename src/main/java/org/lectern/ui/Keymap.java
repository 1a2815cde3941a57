package org.lectern.ui;

import javafx.scene.input.KeyCombination;

import org.lectern.ui.keys.KeyGroup;

/**
 * Every window action with its default key, in one place: menus, handlers, the cheat sheet and the
 * command palette all read it, through the reader's bindings ({@link org.lectern.ui.keys.KeyBindings}).
 * Each action names its group, so a new one cannot fall into a heading by default.
 */
public enum Keymap {
    IMPORT_FILE(KeyGroup.WINDOW, "Import a listing file…", "Shortcut+O"),
    PASTE_LISTING(KeyGroup.WINDOW, "Paste a listing", "Shortcut+V"),
    QUIT(KeyGroup.WINDOW, "Quit", "Shortcut+Q"),
    UNDO(KeyGroup.MOVE, "Undo", "Shortcut+Z"),
    REDO(KeyGroup.MOVE, "Redo", "Shortcut+Shift+Z"),
    FIND(KeyGroup.WINDOW, "Search", "Shortcut+F"),
    TOGGLE_THEME(KeyGroup.WINDOW, "Dark theme", "Shortcut+Shift+D"),
    FOCUS_SIDEBAR(KeyGroup.WINDOW, "Go to the sidebar", "Shortcut+1"),
    FOCUS_LIST(KeyGroup.WINDOW, "Go to the list", "Shortcut+2"),
    FOCUS_DETAIL(KeyGroup.WINDOW, "Go to the note", "Shortcut+3"),
    NEXT(KeyGroup.MOVE, "Next paper", "J"),
    PREVIOUS(KeyGroup.MOVE, "Previous paper", "K"),
    EXTEND_NEXT(KeyGroup.MOVE, "Extend the selection to the next paper", "Shift+J"),
    EXTEND_PREVIOUS(KeyGroup.MOVE, "Extend the selection to the previous paper", "Shift+K"),
    EXTEND_DOWN(KeyGroup.MOVE, "Extend the selection down", "Shift+Down"),
    EXTEND_UP(KeyGroup.MOVE, "Extend the selection up", "Shift+Up"),
    SELECT_ALL(KeyGroup.MOVE, "Select every paper in the view", "Shortcut+A"),
    QUEUE(KeyGroup.TRIAGE, "Add to the reading queue", "Q"),
    TAG(KeyGroup.TRIAGE, "Add a tag", "T"),
    NOTE(KeyGroup.TRIAGE, "Edit the note", "N"),
    OPEN(KeyGroup.MOVE, "Open on arXiv", "O"),
    OPEN_DETAIL(KeyGroup.MOVE, "Open the detail", "Enter"),
    BACK(KeyGroup.MOVE, "Back out", "Esc"),
    FOCUS_SEARCH(KeyGroup.MOVE, "Go to the search", "/"),
    CHEAT_SHEET(KeyGroup.MOVE, "Show the keys", "?"),
    PALETTE(KeyGroup.MOVE, "Command palette", "Shortcut+K"),
    QUEUE_TOP(KeyGroup.TRIAGE, "Add to the top of the queue", "Shift+Q"),
    STATUS_NEW(KeyGroup.TRIAGE, "Mark New", "1"),
    STATUS_QUEUED(KeyGroup.TRIAGE, "Mark Queued", "2"),
    STATUS_READING(KeyGroup.TRIAGE, "Mark Reading", "3"),
    STATUS_READ(KeyGroup.TRIAGE, "Mark Read", "4"),
    STATUS_DROPPED(KeyGroup.TRIAGE, "Mark Dropped", "5"),
    FAMILY(KeyGroup.TRIAGE, "Put in a family…", "F"),
    DROP(KeyGroup.TRIAGE, "Drop", "X"),
    START_READING(KeyGroup.QUEUE, "Start reading", "Space"),
    MARK_READ(KeyGroup.QUEUE, "Mark read, go to the next", "R"),
    SKIP(KeyGroup.QUEUE, "Skip to the end of the queue", "S"),
    MOVE_UP(KeyGroup.QUEUE, "Move up the queue", "Alt+Up"),
    MOVE_DOWN(KeyGroup.QUEUE, "Move down the queue", "Alt+Down"),
    RETURN_NEW(KeyGroup.QUEUE, "Return to New", "U"),
    SHOW_QUEUE(KeyGroup.QUEUE, "Go to the reading queue", "G"),
    EDIT_PAPER(KeyGroup.TRIAGE, "Edit the paper", "E"),
    EDIT_TITLE(KeyGroup.TRIAGE, "Edit the title", "F2"),
    SAVE_EDIT(KeyGroup.TRIAGE, "Save the edit", "Shortcut+Enter"),
    DELETE(KeyGroup.TRIAGE, "Delete the paper", "Delete"),
    DUPLICATES(KeyGroup.WINDOW, "Find duplicates…", "Shift+D"),
    MERGE(KeyGroup.TRIAGE, "Merge the pair (in the duplicates)", "M"),
    LOOK_UP(KeyGroup.TRIAGE, "Look up on arXiv", "Shift+L"),
    STOP_LOOKUP(KeyGroup.WINDOW, "Stop the arXiv lookup", "Shortcut+Period"),
    COPY(KeyGroup.WINDOW, "Copy title and link", "Shortcut+C"),
    COPY_BIBTEX(KeyGroup.WINDOW, "Copy as BibTeX", "Shortcut+Shift+C"),
    ZOOM_IN(KeyGroup.WINDOW, "Zoom in", "Shortcut+Plus"),
    ZOOM_OUT(KeyGroup.WINDOW, "Zoom out", "Shortcut+Minus"),
    ZOOM_RESET(KeyGroup.WINDOW, "Actual size", "Shortcut+0"),
    NOTE_PREVIEW(KeyGroup.TRIAGE, "Preview the note, or edit it again", "Shift+N"),
    CONTEXT_MENU(KeyGroup.WINDOW, "Open the menu of the selected family or paper", "Shift+F10"),
    MENU_KEY(KeyGroup.WINDOW, "Open the menu of the selected family or paper (the menu key)", "Context Menu"),

    // a sheet's keys: they act only inside the sheet (or field) that has the focus, so they may share
    // keys with the window's actions, never with each other
    CLOSE_SHEET(KeyGroup.SHEET, "Close the sheet, or leave the field", "Esc"),
    CONFIRM(KeyGroup.SHEET, "Import, restore, accept or choose", "Enter"),
    CHOOSE_UP(KeyGroup.SHEET, "Choose the one above", "Up"),
    CHOOSE_DOWN(KeyGroup.SHEET, "Choose the one below (from the search: the list)", "Down"),
    INCLUDE(KeyGroup.SHEET, "Include or leave out the paper", "Space"),
    SPLIT_EARLIER(KeyGroup.SHEET, "Move the title's last word into the abstract", "Alt+Left"),
    SPLIT_LATER(KeyGroup.SHEET, "Move the abstract's first word into the title", "Alt+Right"),
    NEXT_UNCERTAIN(KeyGroup.SHEET, "Go to the next uncertain split", "F8"),
    REJECT(KeyGroup.SHEET, "Reject the proposal", "Delete"),
    REJECT_BY_LETTER(KeyGroup.SHEET, "Reject the proposal (outside the name field)", "R");

    private final KeyGroup group;
    private final String description;
    private final KeyCombination key;

    Keymap(KeyGroup group, String description, String key) {
        this.group = group;
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

    /** The heading the cheat sheet and the palette list this action under. */
    public KeyGroup group() {
        return group;
    }
}
