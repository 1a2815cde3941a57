package org.lectern.ui.keys;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.lectern.ui.Keymap;

/**
 * The keys the reader's window answers to: the {@link Keymap} defaults, with the reader's rebindings
 * from a keymap file ({@code action=key} lines, e.g. {@code mark_read=Shift+R}). Two window actions
 * never share a key, nor two sheet actions: a rebinding that would take another's key is refused with a
 * message. A sheet action may have a window action's key, since the window's keys are off behind a sheet.
 */
public final class KeyBindings {
    /** The file name looked for beside the library and in the user's config folder. */
    public static final String FILE_NAME = "keymap.properties";

    private final Map<Keymap, KeyCombination> keys = new EnumMap<>(Keymap.class);
    private final List<String> problems = new ArrayList<>();

    private KeyBindings() {
        for (Keymap a : Keymap.values()) keys.put(a, a.key());
    }

    /** The defaults of {@link Keymap}. */
    public static KeyBindings defaults() {
        return new KeyBindings();
    }

    /** The defaults with the rebindings of {@code file} (when it exists); see {@link #problems()}. */
    public static KeyBindings load(Path file) {
        KeyBindings b = new KeyBindings();
        if (file == null || !Files.isRegularFile(file)) return b;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            b.problems.add("The keymap " + file.getFileName() + " could not be read: " + e.getMessage());
            return b;
        }
        // sorted, so which of two clashing lines wins does not depend on hashing
        for (Map.Entry<String, String> line : new TreeMap<>(castToStrings(p)).entrySet()) {
            try {
                b.rebind(action(line.getKey()), line.getValue());
            } catch (IllegalArgumentException e) {
                b.problems.add(e.getMessage());
            }
        }
        return b;
    }

    /** The first keymap file that exists: beside the library, then in {@code configDir}; null when none. */
    public static Path find(Path libraryFile, Path configDir) {
        if (libraryFile != null) {
            Path beside = libraryFile.toAbsolutePath().resolveSibling(FILE_NAME);
            if (Files.isRegularFile(beside)) return beside;
        }
        if (configDir != null && Files.isRegularFile(configDir.resolve(FILE_NAME))) return configDir.resolve(FILE_NAME);
        return null;
    }

    /** The user's config folder for Lectern ($XDG_CONFIG_HOME/lectern, ~/.config/lectern, or the platform's). */
    public static Path configDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home", ".");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Lectern");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Application Support", "Lectern");
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config")).resolve("lectern");
    }

    /** The bindings for a window on {@code libraryFile}: its keymap file's, or the defaults. */
    public static KeyBindings forLibrary(Path libraryFile) {
        return load(find(libraryFile, configDir()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, String> castToStrings(Properties p) {
        return (Map) p;
    }

    /** The action named {@code name} in a keymap file: its constant's name in any case, '-' or '_'. */
    public static Keymap action(String name) {
        String n = name.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (Keymap a : Keymap.values()) {
            if (a.name().equals(n)) return a;
        }
        throw new IllegalArgumentException("There is no action called '" + name.strip() + "' in the keymap");
    }

    /**
     * Binds {@code action} to {@code key}; refuses (with the reason as message) a key that is not a key
     * or that another action already has.
     */
    public void rebind(Keymap action, String key) {
        KeyCombination k;
        try {
            k = parse(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + key.strip() + "' is not a key (for " + action.description() + ")");
        }
        for (Map.Entry<Keymap, KeyCombination> e : keys.entrySet()) {
            if (e.getKey() != action && e.getKey().group().inSheet() == action.group().inSheet() && same(e.getValue(), k)) {
                throw new IllegalArgumentException(display(k) + " is already " + e.getKey().description()
                        + ": it cannot also be " + action.description());
            }
        }
        keys.put(action, k);
    }

    private static KeyCombination parse(String key) {
        String k = key.strip();
        if (k.isEmpty()) throw new IllegalArgumentException("empty");
        // "r" and "R" both name the R key (the character form would miss it with Caps Lock on)
        int plus = k.lastIndexOf('+', k.length() - 2);
        String last = k.substring(plus + 1);
        if (last.length() == 1 && Character.isLetter(last.charAt(0))) k = k.substring(0, plus + 1) + last.toUpperCase(Locale.ROOT);
        KeyCombination c = KeyCombination.valueOf(k);
        if (c instanceof KeyCharacterCombination ch && ch.getCharacter().length() != 1) throw new IllegalArgumentException(k);
        return c;
    }

    private static boolean same(KeyCombination a, KeyCombination b) {
        return a.equals(b) || display(a).equals(display(b));
    }

    /** What could not be bound from the keymap file, in words; empty when everything was. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    public KeyCombination key(Keymap action) {
        return keys.get(action);
    }

    /** The key as the cheat sheet, the palette and the menus show it ("q", "Shift+Q", "Alt+↑", "Ctrl+K"). */
    public String display(Keymap action) {
        return display(keys.get(action));
    }

    /** True when {@code key} has Ctrl, Alt or Meta (a shortcut rather than a typing key). */
    public boolean isShortcut(Keymap action) {
        KeyCombination k = keys.get(action);
        return k.getControl() == KeyCombination.ModifierValue.DOWN || k.getAlt() == KeyCombination.ModifierValue.DOWN
                || k.getMeta() == KeyCombination.ModifierValue.DOWN || k.getShortcut() == KeyCombination.ModifierValue.DOWN;
    }

    /** True when {@code event} is {@code action}'s key. */
    public boolean matches(Keymap action, KeyEvent event) {
        return match(keys.get(action), event);
    }

    /** The window action whose key {@code event} is (a sheet asks {@link #matches} for its own). */
    public Optional<Keymap> actionFor(KeyEvent event) {
        for (Map.Entry<Keymap, KeyCombination> e : keys.entrySet()) {
            if (!e.getKey().group().inSheet() && match(e.getValue(), event)) return Optional.of(e.getKey());
        }
        return Optional.empty();
    }

    static boolean match(KeyCombination k, KeyEvent e) {
        if (k instanceof KeyCharacterCombination ch) {
            // by the character typed: '?' is Shift+/ on one keyboard and something else on another
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) return false;
            String c = ch.getCharacter();
            if (c.equals(e.getText())) return true;
            KeyCode code = e.getCode();
            return switch (c) {
                case "?" -> code == KeyCode.SLASH && e.isShiftDown();
                case "/" -> (code == KeyCode.SLASH && !e.isShiftDown()) || code == KeyCode.DIVIDE;
                default -> false;
            };
        }
        return k.match(e) || keypadTwin(k, e);
    }

    /** Shortcut+Plus, Minus and 0 answer on every keyboard: + is Shift+= on many, and the keypad has its own. */
    private static boolean keypadTwin(KeyCombination k, KeyEvent e) {
        if (!(k instanceof KeyCodeCombination c) || !e.isShortcutDown() || e.isAltDown()
                || c.getShortcut() != KeyCombination.ModifierValue.DOWN || c.getShift() == KeyCombination.ModifierValue.DOWN) {
            return false;
        }
        return switch (c.getCode()) {
            case PLUS -> e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD || (e.getCode() == KeyCode.PLUS && e.isShiftDown());
            case MINUS -> e.getCode() == KeyCode.SUBTRACT && !e.isShiftDown();
            case DIGIT0 -> e.getCode() == KeyCode.NUMPAD0 && !e.isShiftDown();
            default -> false;
        };
    }

    static String display(KeyCombination k) {
        if (k instanceof KeyCharacterCombination ch) return ch.getCharacter();
        if (k instanceof KeyCodeCombination c) {
            StringBuilder s = new StringBuilder();
            if (c.getShortcut() == KeyCombination.ModifierValue.DOWN || c.getControl() == KeyCombination.ModifierValue.DOWN) {
                s.append(isMac() && c.getControl() != KeyCombination.ModifierValue.DOWN ? "⌘+" : "Ctrl+");
            }
            if (c.getAlt() == KeyCombination.ModifierValue.DOWN) s.append("Alt+");
            if (c.getMeta() == KeyCombination.ModifierValue.DOWN) s.append("Meta+");
            boolean shift = c.getShift() == KeyCombination.ModifierValue.DOWN;
            if (shift) s.append("Shift+");
            KeyCode code = c.getCode();
            String name = switch (code) {
                case UP -> "↑";
                case DOWN -> "↓";
                case LEFT -> "←";
                case RIGHT -> "→";
                default -> code.getName();
            };
            // a plain letter is typed lower-case: show it so, beside its Shift+ twin
            if (code.isLetterKey() && s.length() == 0) name = name.toLowerCase(Locale.ROOT);
            return s + name;
        }
        return k.getDisplayText();
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    }

    /**
     * A sheet's line of keys from the bindings in force, e.g. "Enter imports · Esc cancels": each action
     * followed by what it does there ({@code action, words, action, words, …}).
     */
    public String hint(Object... actionThenWords) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i + 1 < actionThenWords.length; i += 2) {
            if (s.length() > 0) s.append(" · ");
            s.append(display((Keymap) actionThenWords[i])).append(' ').append(actionThenWords[i + 1]);
        }
        return s.toString();
    }

    /** One line of the cheat sheet or the palette. */
    public record Entry(Keymap action, KeyGroup group, String description, String key) {
    }

    /** Every action with its current key, by group, in keymap order within a group. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (KeyGroup g : KeyGroup.values()) {
            for (Keymap a : Keymap.values()) {
                if (KeyGroup.of(a) == g) out.add(new Entry(a, g, a.description(), display(a)));
            }
        }
        return out;
    }
}
