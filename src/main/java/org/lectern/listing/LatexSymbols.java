package org.lectern.listing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The LaTeX that bibliographies use, as Unicode: accent commands, named symbols, and commands to drop.
 * The tables are data, kept in {@value #RESOURCE} beside this class and read once.
 */
final class LatexSymbols {
    static final String RESOURCE = "latex-symbols.txt";
    private static final List<String> SECTIONS = List.of("accents", "words", "letters", "drop-argument");

    /** Accent commands as Unicode combining marks, composed with their letter afterwards by NFC. */
    static final Map<String, Character> ACCENTS;
    /** Control words that stand for a character or a short text. */
    static final Map<String, String> WORDS;
    /** The control words that are letters of a word: the spaces after them are TeX's, not the text's. */
    static final Set<String> LETTERS;
    /** Commands whose first argument is not text a reader should see (a link, a key, a sort label): it is dropped. */
    static final Set<String> DROP_ARGUMENT;

    static {
        Map<String, Map<String, String>> tables = read();
        Map<String, Character> accents = new HashMap<>();
        tables.get("accents").forEach((command, mark) -> {
            if (mark.length() != 1) throw new IllegalStateException(RESOURCE + ": the accent " + command + " is not one mark");
            accents.put(command, mark.charAt(0));
        });
        ACCENTS = Map.copyOf(accents);
        WORDS = Map.copyOf(tables.get("words"));
        LETTERS = Set.copyOf(tables.get("letters").keySet());
        DROP_ARGUMENT = Set.copyOf(tables.get("drop-argument").keySet());
    }

    private LatexSymbols() {
    }

    private static Map<String, Map<String, String>> read() {
        try (InputStream in = LatexSymbols.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing beside " + LatexSymbols.class.getName());
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Each section's entries; a section of plain words maps each to itself. A wrong line names its number. */
    static Map<String, Map<String, String>> parse(List<String> lines) {
        Map<String, Map<String, String>> tables = new HashMap<>();
        SECTIONS.forEach(s -> tables.put(s, new HashMap<>()));
        Map<String, String> section = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = RESOURCE + ":" + (i + 1) + ": ";
            if (line.startsWith("[") && line.endsWith("]")) {
                section = tables.get(line.substring(1, line.length() - 1));
                if (section == null) throw new IllegalStateException(where + "unknown section " + line + " (known: " + SECTIONS + ")");
                continue;
            }
            if (section == null) throw new IllegalStateException(where + "an entry before any [section]");
            int tab = line.indexOf('\t');
            String word = tab < 0 ? line : line.substring(0, tab);
            String value = tab < 0 ? word : character(line.substring(tab + 1), where);
            if (section.put(word, value) != null) throw new IllegalStateException(where + "'" + word + "' is given twice");
        }
        return tables;
    }

    /** {@code U+XXXX} is the character of that code (for marks and spaces that cannot be seen); else the text itself. */
    private static String character(String text, String where) {
        if (!text.startsWith("U+")) return text;
        try {
            return Character.toString(Integer.parseInt(text.substring(2), 16));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "'" + text + "' is not a character code (U+ and hex digits)", e);
        }
    }
}
