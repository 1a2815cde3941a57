package org.lectern.ui.actions;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

import org.lectern.ui.Keymap;

/**
 * One thing the window can do, as the menus, the command palette and the cheat sheet show it: its id,
 * its words, where it sits in the menus (none: palette and keys only), its key in the keymap (none: menu
 * and palette only), when it can run and what it does. A key-only entry (a sheet's key) has no handler.
 *
 * @param menuText the words in its menu when they differ from {@code label} (a submenu's "JSON…"), or null
 * @param checked  for a menu item that is on or off (the dark theme), else null
 */
public record Action(String id, ObservableStringValue label, String menuText, Place place, Keymap key,
                     ObservableBooleanValue enabled, ObservableBooleanValue checked, Runnable handler) {

    /** Where an action sits in the menu bar: the menu (with its mnemonic), a submenu or null, and a section. */
    public record Place(String menu, String submenu, int section) {
        /** In {@code menu}, in the section {@code section} (sections are split by a separator). */
        public static Place of(String menu, int section) {
            return new Place(menu, null, section);
        }

        /** In the submenu {@code submenu} of {@code menu}. */
        public static Place of(String menu, String submenu, int section) {
            return new Place(menu, submenu, section);
        }
    }

    private static final ObservableBooleanValue ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

    /** An action called {@code label}, in no menu, with no key, always enabled. */
    public static Action of(String id, String label, Runnable handler) {
        return new Action(id, new ReadOnlyStringWrapper(label).getReadOnlyProperty(), null, null, null, ALWAYS, null, handler);
    }

    /** The keymap action {@code key}: its description as label, its key. */
    public static Action of(Keymap key, Runnable handler) {
        return of(key.name(), key.description(), handler).withKey(key);
    }

    public Action in(Place where) {
        return new Action(id, label, menuText, where, key, enabled, checked, handler);
    }

    public Action withKey(Keymap k) {
        return new Action(id, label, menuText, place, k, enabled, checked, handler);
    }

    /** Runs (and shows as enabled) only while {@code when} holds. */
    public Action when(ObservableBooleanValue when) {
        ObservableBooleanValue both = enabled == ALWAYS ? when : BooleanExpression.booleanExpression(enabled).and(when);
        return new Action(id, label, menuText, place, key, both, checked, handler);
    }

    public Action labelled(ObservableStringValue text) {
        return new Action(id, text, menuText, place, key, enabled, checked, handler);
    }

    public Action menuText(String text) {
        return new Action(id, label, text, place, key, enabled, checked, handler);
    }

    public Action checked(ObservableBooleanValue on) {
        return new Action(id, label, menuText, place, key, enabled, on, handler);
    }

    /** The words it has in its menu. */
    public String menuWords() {
        return menuText != null ? menuText : label.get();
    }

    /** True when the window can run it (it has a handler and is enabled now). */
    public boolean runnable() {
        return handler != null && enabled.get();
    }
}
