package org.lectern.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.ui.Keymap;

class KeyBindingsTest {
    @Test
    void theDefaultsGiveEveryActionItsOwnKey() {
        KeyBindings keys = KeyBindings.defaults();
        Set<String> seen = new HashSet<>();
        // unique within the window's actions and within a sheet's: the two sets are never active together
        for (Keymap a : Keymap.values()) {
            assertTrue(seen.add(a.group().inSheet() + " " + keys.display(a)), "two actions on " + keys.display(a));
        }
        assertEquals("q", keys.display(Keymap.QUEUE));
        assertEquals("Shift+Q", keys.display(Keymap.QUEUE_TOP));
        assertEquals("Alt+↑", keys.display(Keymap.MOVE_UP));
        assertEquals("?", keys.display(Keymap.CHEAT_SHEET));
        assertEquals(Keymap.values().length, keys.entries().size());
    }

    @Test
    void aClashIsRefusedWithTheActionThatHasTheKey() {
        KeyBindings keys = KeyBindings.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> keys.rebind(Keymap.DROP, "r"));
        assertEquals("r is already Mark read, go to the next: it cannot also be Drop", e.getMessage());
        assertEquals("x", keys.display(Keymap.DROP));
        keys.rebind(Keymap.DROP, "Shift+X");
        assertEquals("Shift+X", keys.display(Keymap.DROP));
        keys.rebind(Keymap.DROP, "Shift+X"); // its own key again is no clash
    }

    @Test
    void aSheetKeyMayBeAWindowKeyButNotAnotherSheetKey() {
        KeyBindings keys = KeyBindings.defaults();
        assertEquals("Esc", keys.display(Keymap.CLOSE_SHEET));
        assertEquals("Esc", keys.display(Keymap.BACK));
        keys.rebind(Keymap.NEXT_UNCERTAIN, "n"); // the window's Edit the note: no clash inside a sheet
        assertEquals("n", keys.display(Keymap.NEXT_UNCERTAIN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> keys.rebind(Keymap.INCLUDE, "Enter"));
        assertEquals("Enter is already " + Keymap.CONFIRM.description() + ": it cannot also be "
                + Keymap.INCLUDE.description(), e.getMessage());
        // the window's own actions still clash among themselves (n is Edit the note)
        assertThrows(IllegalArgumentException.class, () -> keys.rebind(Keymap.QUEUE, "n"));
    }

    @Test
    void aHintSaysTheKeysInForce() {
        KeyBindings keys = KeyBindings.defaults();
        assertEquals("Enter imports · Esc cancels", keys.hint(Keymap.CONFIRM, "imports", Keymap.CLOSE_SHEET, "cancels"));
        keys.rebind(Keymap.CLOSE_SHEET, "F2");
        assertEquals("Enter imports · F2 cancels", keys.hint(Keymap.CONFIRM, "imports", Keymap.CLOSE_SHEET, "cancels"));
    }

    @Test
    void aKeymapFileRebindsAndReportsWhatItCannot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(KeyBindings.FILE_NAME);
        Files.writeString(file, "mark-read = Shift+R\nno_such_action = Z\nskip = Ctrl+Nothing\nnext = K\n");
        KeyBindings keys = KeyBindings.load(file);
        assertEquals("Shift+R", keys.display(Keymap.MARK_READ));
        assertEquals("j", keys.display(Keymap.NEXT));
        assertEquals(3, keys.problems().size(), keys.problems().toString());
        assertTrue(keys.problems().stream().anyMatch(p -> p.contains("no action called 'no_such_action'")));
        assertTrue(keys.problems().stream().anyMatch(p -> p.contains("k is already Previous paper")));
        assertEquals(file, KeyBindings.find(dir.resolve("library.db"), null));
    }
}
