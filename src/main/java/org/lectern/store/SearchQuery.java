package org.lectern.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Turns what a reader types into a valid FTS5 query: words, "quoted phrases", prefix* words and
 * AND / OR / NOT between terms. A quote not closed yet is the phrase being typed, its last word a
 * prefix. A search that holds no word, or starts with NOT (FTS5 can only leave out what follows
 * another term), is {@link Unreadable}: the window and the command line say why instead of listing
 * every paper or the opposite of what was asked.
 */
public final class SearchQuery {
    private SearchQuery() {
    }

    /** A search that cannot be read as typed; its message says why, and how to write it. */
    public static final class Unreadable extends IllegalArgumentException {
        Unreadable(String message) {
            super(message);
        }
    }

    /** Throws {@link Unreadable} when {@code input} cannot be searched as typed. */
    public static void check(String input) {
        toFts(input);
    }

    /** The FTS5 form of {@code input}, or null when it is blank. */
    public static String toFts(String input) {
        return toFts(input, UnaryOperator.identity());
    }

    /**
     * The FTS5 form of {@code input} with each prefix term of two letters or more ({@code "word"*})
     * passed through {@code expandPrefix}, which may return it unchanged or a bracketed group of
     * terms that finds the same papers.
     */
    static String toFts(String input, UnaryOperator<String> expandPrefix) {
        if (input == null || input.isBlank()) return null;
        List<String> parts = new ArrayList<>();
        String pendingOperator = null;
        int i = 0;
        int n = input.length();
        boolean lastWasPrefixable = false;
        while (i < n) {
            char c = input.charAt(i);
            if (c == '"') {
                int close = input.indexOf('"', i + 1);
                String phrase = close < 0 ? input.substring(i + 1) : input.substring(i + 1, close);
                i = close < 0 ? n : close + 1;
                String words = String.join(" ", words(phrase));
                if (!words.isEmpty()) {
                    pendingOperator = addTerm(parts, pendingOperator, "\"" + words + "\"");
                    // a phrase still being typed: its last word, when it ends the search, matches as a prefix
                    lastWasPrefixable = close < 0 && Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
                }
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(input.charAt(i)) || input.charAt(i) == '_')) i++;
                String word = input.substring(start, i);
                boolean star = i < n && input.charAt(i) == '*';
                if (star) i++;
                if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
                    if (parts.isEmpty() && word.equals("NOT")) {
                        throw new Unreadable("“NOT” needs a word before it: “speech NOT music” finds the papers"
                                + " about speech that do not mention music");
                    }
                    if (!parts.isEmpty()) pendingOperator = word;
                    lastWasPrefixable = false;
                    continue;
                }
                String term = "\"" + word.toLowerCase(Locale.ROOT) + "\"" + (star ? "*" : "");
                pendingOperator = addTerm(parts, pendingOperator, term);
                lastWasPrefixable = !star && i == n;
                continue;
            }
            i++;
        }
        if (parts.isEmpty()) {
            throw new Unreadable("“" + input.strip() + "” holds no word to search for: type a word, a \"quoted phrase\""
                    + " or the start of a word, with AND, OR or NOT between them");
        }
        // Searching as one types: the word being typed matches as a prefix.
        if (lastWasPrefixable) {
            int last = parts.size() - 1;
            parts.set(last, parts.get(last) + "*");
        }
        List<String> out = new ArrayList<>(parts.size() + 2);
        for (String part : parts) {
            String term = expandOneLetter(part);
            if (term == part && part.endsWith("\"*") && part.length() > 4) term = expandPrefix.apply(part);
            // FTS5 reads terms side by side as AND, but not a bracketed group beside a term: say AND there
            if (!out.isEmpty() && !isOperator(out.get(out.size() - 1)) && !isOperator(term)
                    && (term.startsWith("(") || out.get(out.size() - 1).startsWith("("))) {
                out.add("AND");
            }
            out.add(term);
        }
        return String.join(" ", out);
    }

    /** What may follow the first letter of an indexed word: the tokenizer folds case and accents. */
    private static final String SECOND = "abcdefghijklmnopqrstuvwxyz0123456789";

    /**
     * A one-letter prefix ("t"*) as the word itself or any of its two-letter prefixes: the index keeps
     * entries for two-letter prefixes only (schema 7), and these read a few dozen lists where the bare
     * prefix would merge the lists of every word starting with the letter.
     */
    private static String expandOneLetter(String term) {
        if (term.length() != 4 || term.charAt(0) != '"' || term.charAt(2) != '"' || term.charAt(3) != '*') return term;
        char first = term.charAt(1);
        if (first >= 128) return term;
        StringBuilder out = new StringBuilder("(\"").append(first).append('"');
        for (int i = 0; i < SECOND.length(); i++) out.append(" OR \"").append(first).append(SECOND.charAt(i)).append("\"*");
        return out.append(')').toString();
    }

    private static boolean isOperator(String part) {
        return part.equals("AND") || part.equals("OR") || part.equals("NOT");
    }

    private static String addTerm(List<String> parts, String operator, String term) {
        if (operator != null && !parts.isEmpty()) parts.add(operator);
        parts.add(term);
        return null;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        return out;
    }
}
