package org.lectern.ui.keys;

import java.util.List;
import java.util.stream.Collectors;

import org.lectern.ui.Keymap;

/**
 * The triage keys: each acts on every selected paper as one step, then moves on to the paper after the
 * selection. The cheat sheet says so with the keys in force; the window's triage keys are these.
 */
public final class TriageKeys {
    /** In the order the cheat sheet names them. */
    public static final List<Keymap> ACTIONS = List.of(Keymap.STATUS_NEW, Keymap.STATUS_QUEUED, Keymap.STATUS_READING,
            Keymap.STATUS_READ, Keymap.STATUS_DROPPED, Keymap.QUEUE, Keymap.QUEUE_TOP, Keymap.DROP, Keymap.TAG,
            Keymap.FAMILY, Keymap.DELETE);

    private TriageKeys() {
    }

    /** The cheat sheet's line about them, e.g. "1, 2, … and Delete act on every selected paper, then …". */
    public static String rule(KeyBindings keys) {
        String all = ACTIONS.stream().map(keys::display).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " and " + all.substring(last + 2)
                + " act on every selected paper, then go on to the paper after them.";
    }
}
