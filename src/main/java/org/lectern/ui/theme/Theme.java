package org.lectern.ui.theme;

import java.util.Locale;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The light and dark looks: an AtlantaFX base plus Lectern's own stylesheet, swapped at run time. */
public enum Theme {
    LIGHT, DARK;

    private static final String STYLESHEET = Stylesheets.of(Theme.class, "/org/lectern/ui/lectern.css");

    /** Applies this theme to the whole application and to {@code scene}. */
    public void apply(Scene scene) {
        useAsBase();
        if (!scene.getStylesheets().contains(STYLESHEET)) scene.getStylesheets().add(STYLESHEET);
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().removeAll("light", "dark");
            scene.getRoot().getStyleClass().add(name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Makes this theme's base the application's stylesheet. Called before the first control is made, it
     * keeps JavaFX from loading its own (Modena) first: a control's class loads that when no stylesheet is
     * set yet, and its parse is wasted once the theme replaces it.
     */
    public void useAsBase() {
        String base = base();
        if (!base.equals(Application.getUserAgentStylesheet())) Application.setUserAgentStylesheet(base);
    }

    /**
     * The base stylesheet: the build's copy of the AtlantaFX theme without the rules of controls Lectern
     * never shows (src/packaging/PruneTheme.java), about half of them, which JavaFX would otherwise read
     * and partition as the window opens; AtlantaFX's own where the build's step did not run.
     */
    String base() {
        String copy = Stylesheets.of(Theme.class, this == DARK ? "primer-dark.css" : "primer-light.css");
        if (copy != null) return copy;
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    /** Reads a saved name, falling back to light. */
    public static Theme parse(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name == null ? "" : name.strip())) return t;
        }
        return LIGHT;
    }
}
