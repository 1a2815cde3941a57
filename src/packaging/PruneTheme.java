import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes Lectern's copies of the AtlantaFX themes without the rules of controls Lectern never shows
 * (tab panes, tree views, date and colour pickers, sliders, spinners, AtlantaFX's own controls...):
 * about half of the theme's thousand rules. JavaFX reads, partitions and matches every rule of the
 * user agent stylesheet while the window opens; these could never match a node of Lectern's.
 * ArchitectureTest keeps Lectern from using those controls, PrunedThemeTest checks the copies.
 *
 * A selector goes when one of its classes is one of these controls' own; a rule goes when none of
 * its selectors is left. Everything else is copied as it is. Run by mvn process-classes, before the
 * stylesheets are written in binary form:
 *
 *   java -cp CLASSPATH src/packaging/PruneTheme.java OUT_FOLDER   (AtlantaFX on CLASSPATH)
 */
public final class PruneTheme {
    /** The themes Lectern uses (org.lectern.ui.theme.Theme). */
    static final List<String> THEMES = List.of("primer-light.css", "primer-dark.css");

    /** Style classes that only these controls carry, as whole class names (html-editor-bullets too). */
    static final Pattern UNUSED = Pattern.compile("\\.(tab-pane|tree-table-view|tree-table-row-cell|tree-view|tree-cell"
            + "|date-picker|date-picker-popup|slider|color-picker|custom-color-dialog|color-palette(-region)?"
            + "|pagination|html-editor(-[a-z-]+)?|accordion|split-menu-button|choice-box"
            + "|toggle-switch|card|tile|tile-base|message|notification|popover|ring-progress-indicator|calendar"
            + "|modal-box|modal-pane|bb-code|breadcrumbs|deck-pane|input-group)(?![A-Za-z0-9_-])");

    /** The Spinner control's rules, which start with its class: a ProgressIndicator has a part called spinner too. */
    static final Pattern SPINNER = Pattern.compile("^\\s*\\.spinner(?![A-Za-z0-9_-])");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (String theme : THEMES) {
            String css;
            try (InputStream in = ClassLoader.getSystemResourceAsStream("atlantafx/base/theme/" + theme)) {
                if (in == null) throw new IOException("AtlantaFX's " + theme + " is not on the class path");
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int[] counts = new int[2];
            Files.writeString(out.resolve(theme), prune(css, counts), StandardCharsets.UTF_8);
            System.out.println("prune-theme: " + theme + ": " + counts[1] + " of " + counts[0] + " rules kept");
        }
    }

    /** The stylesheet without the selectors that name an unused control; counts[0] rules read, counts[1] kept. */
    static String prune(String css, int[] counts) {
        StringBuilder kept = new StringBuilder();
        int i = 0;
        while (i < css.length()) {
            if (Character.isWhitespace(css.charAt(i))) {
                i++;
                continue;
            }
            if (css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                if (end < 0) throw new IllegalArgumentException("an unclosed comment at offset " + i);
                i = end + 2;
                continue;
            }
            int open = css.indexOf('{', i);
            if (open < 0) {
                if (!css.substring(i).isBlank()) throw new IllegalArgumentException("text after the last rule at offset " + i);
                break;
            }
            int close = closing(css, open);
            String selectors = css.substring(i, open).strip();
            if (selectors.startsWith("@")) throw new IllegalArgumentException("an @-rule at offset " + i + ": " + selectors);
            counts[0]++;
            List<String> left = new ArrayList<>();
            for (String selector : selectors.split(",")) {
                if (!UNUSED.matcher(selector).find() && !SPINNER.matcher(selector).find()) left.add(selector.strip());
            }
            String body = css.substring(open, close + 1);
            // the copy lives elsewhere than AtlantaFX's: a relative address would point somewhere else from it
            java.util.regex.Matcher url = Pattern.compile("url\\(\\s*[\"']?([^\"')]*)").matcher(body);
            while (url.find()) {
                String address = url.group(1);
                if (!address.startsWith("data:") && !address.startsWith("/")) {
                    throw new IllegalArgumentException("a relative url() at offset " + open + ": " + address);
                }
            }
            if (!left.isEmpty()) {
                counts[1]++;
                kept.append(String.join(",\n", left)).append(' ').append(body).append("\n\n");
            }
            i = close + 1;
        }
        return kept.toString();
    }

    /** The brace that closes the rule opened at {@code open}, past quoted values. */
    private static int closing(String css, int open) {
        char quote = 0;
        for (int j = open + 1; j < css.length(); j++) {
            char c = css.charAt(j);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                throw new IllegalArgumentException("a rule inside a rule at offset " + j);
            } else if (c == '}') {
                return j;
            }
        }
        throw new IllegalArgumentException("an unclosed rule at offset " + open);
    }
}
