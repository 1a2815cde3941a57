package org.lectern.ui.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The menu bar, built from the {@link ActionRegistry}: one item per placed action, with its words, its
 * key in force and its enabled state. Every item is off while a sheet is open, so nothing behind the
 * sheet can be chosen from the menus.
 */
public final class ActionMenus {
    private ActionMenus() {
    }

    /** A menu bar of {@code registry}'s placed actions, menus in the order their first action comes. */
    public static MenuBar bar(ActionRegistry registry) {
        Map<String, Menu> menus = new LinkedHashMap<>();
        Map<String, Menu> submenus = new LinkedHashMap<>();
        Map<Menu, Integer> sections = new LinkedHashMap<>();
        for (Action a : registry.inMenus()) {
            Action.Place p = a.place();
            Menu menu = menus.computeIfAbsent(p.menu(), Menu::new);
            Menu into = menu;
            if (p.submenu() != null) {
                into = submenus.get(p.menu() + "/" + p.submenu());
                if (into == null) {
                    into = new Menu(p.submenu());
                    separate(menu, sections, p.section());
                    menu.getItems().add(into);
                    submenus.put(p.menu() + "/" + p.submenu(), into);
                }
            } else {
                separate(menu, sections, p.section());
            }
            into.getItems().add(item(registry, a));
        }
        MenuBar bar = new MenuBar();
        bar.getMenus().setAll(menus.values());
        bar.setId("menu-bar");
        return bar;
    }

    private static void separate(Menu menu, Map<Menu, Integer> sections, int section) {
        Integer last = sections.put(menu, section);
        if (last != null && last != section) menu.getItems().add(new SeparatorMenuItem());
    }

    private static MenuItem item(ActionRegistry registry, Action a) {
        MenuItem m;
        if (a.checked() != null) {
            CheckMenuItem check = new CheckMenuItem();
            check.setSelected(a.checked().get());
            a.checked().addListener((o, was, is) -> check.setSelected(is));
            m = check;
        } else {
            m = new MenuItem();
        }
        if (a.menuText() != null) m.setText(a.menuText());
        else m.textProperty().bind(a.label());
        m.setId(a.id());
        m.setUserData(a);
        if (a.key() != null) m.setAccelerator(new ShownKey(registry.keyText(a)));
        m.disableProperty().bind(Bindings.createBooleanBinding(() -> !a.enabled().get() || registry.sheetOpen().get(),
                a.enabled(), registry.sheetOpen()));
        m.setOnAction(e -> registry.run(a));
        return m;
    }

    /**
     * The key shown beside a menu item, which never fires the item itself: the window's dispatcher runs
     * every key through the keymap, so a key acts the same from the menus and the palette, stays off in
     * a text field when it is a typing key, and never reaches behind a sheet.
     */
    static final class ShownKey extends KeyCombination {
        private final String text;

        ShownKey(String text) {
            this.text = text;
        }

        @Override
        public boolean match(KeyEvent event) {
            return false;
        }

        @Override
        public String getDisplayText() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
