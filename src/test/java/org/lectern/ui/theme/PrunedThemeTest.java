package org.lectern.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;

import org.junit.jupiter.api.Test;

/**
 * The build's copies of the AtlantaFX themes: every selector they keep is AtlantaFX's with the same
 * declarations, the controls the window shows keep all of theirs, and about half the rules are gone.
 */
class PrunedThemeTest {
    /** Style classes of what the window shows: none of their selectors may go. */
    private static final String[] SHOWN = {"root", "table-view", "list-view", "menu-bar", "menu-button", "menu-item",
        "context-menu", "text-field", "text-area", "button", "toggle-button", "hyperlink", "check-box", "scroll-bar",
        "scroll-pane", "split-pane", "titled-pane", "chart", "combo-box", "tooltip", "progress-bar", "dialog-pane",
        "custom-text-field", "label", "separator"};
    /** The classes of controls the window never shows (ArchitectureTest), whose rules may go. */
    private static final String LEFT_OUT = ".*\\.(tab-pane|tree-table-view|tree-view|spinner|date-picker|slider|color-picker"
            + "|pagination|html-editor|accordion|split-menu-button|choice-box|toggle-switch|card|tile|message|notification"
            + "|popover|calendar|modal-box|modal-pane|bb-code|breadcrumbs|custom-color-dialog|ring-progress-indicator)"
            + "(?![A-Za-z0-9_-]).*";

    private static Map<String, String> declarations(URL css) throws IOException {
        Stylesheet sheet = new CssParser().parse(css);
        Map<String, String> bySelector = new LinkedHashMap<>();
        for (Rule rule : sheet.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                // a url() value keeps the address of its stylesheet, which differs between the two
                String declared = rule.getDeclarations().toString().replace(css.toExternalForm(), "<stylesheet>");
                bySelector.merge(selector.toString(), declared, (a, b) -> a + b);
            }
        }
        return bySelector;
    }

    @Test
    void theCopiesKeepAtlantaFxsRulesForWhatTheWindowShows() throws IOException {
        for (Theme theme : Theme.values()) {
            String name = theme == Theme.DARK ? "primer-dark.css" : "primer-light.css";
            URL copy = Theme.class.getResource(name);
            assertNotNull(copy, "the build writes " + name + " beside Theme (src/packaging/PruneTheme.java)");
            assertTrue(theme.base().contains("/org/lectern/ui/theme/primer-"), theme.base());
            Map<String, String> original = declarations(Theme.class.getResource("/atlantafx/base/theme/" + name));
            Map<String, String> kept = declarations(copy);
            for (Map.Entry<String, String> e : kept.entrySet()) {
                assertEquals(original.get(e.getKey()), e.getValue(), name + ": " + e.getKey());
            }
            for (String selector : original.keySet()) {
                if (selector.matches(LEFT_OUT)) continue;
                for (String shown : SHOWN) {
                    if (selector.matches(".*\\." + shown + "(?![A-Za-z0-9_-]).*")) {
                        assertTrue(kept.containsKey(selector), name + " lost " + selector);
                    }
                }
            }
            assertTrue(kept.size() < original.size() * 0.7, name + ": " + kept.size() + " of " + original.size() + " selectors kept");
        }
    }
}
