package org.lectern.families;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

/**
 * How the whole library writes the words that could be model names: whether a word is ever written in
 * lower case (then it is an ordinary word), and how many papers mention a name at all. Both read every
 * word of every paper, which is most of the cost of finding model names in a large library, so a word is
 * looked up where it stands in the text and becomes a string only when it matches.
 */
final class NameUse {

    private NameUse() {
    }

    /**
     * A set of strings that a region of text is looked up in without making a string of it: open addressing
     * on the strings' own hash codes, compared character by character.
     */
    private static final class Lookup {
        private final String[] slots;
        private final int[] hashes;
        private final int mask;
        private final int longest;

        Lookup(Set<String> words) {
            int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
            slots = new String[size];
            hashes = new int[size];
            mask = size - 1;
            int max = 0;
            for (String w : words) {
                int at = w.hashCode() & mask;
                while (slots[at] != null) {
                    at = (at + 1) & mask;
                }
                slots[at] = w;
                hashes[at] = w.hashCode();
                max = Math.max(max, w.length());
            }
            longest = max;
        }

        /** The slot of the word in the set that text[from, to) is, exactly; -1 when there is none. */
        int find(String text, int from, int to) {
            int length = to - from;
            if (length > longest) {
                return -1;
            }
            int h = 0;
            for (int i = from; i < to; i++) {
                h = 31 * h + text.charAt(i);
            }
            for (int at = h & mask; slots[at] != null; at = (at + 1) & mask) {
                String w = slots[at];
                if (hashes[at] == h && w.length() == length && text.regionMatches(from, w, 0, length)) {
                    return at;
                }
            }
            return -1;
        }

        int find(String word) {
            return find(word, 0, word.length());
        }

        int size() {
            return slots.length;
        }

        String word(int slot) {
            return slots[slot];
        }
    }

    /**
     * The {@code words} (lower-case keys) that some paper writes in lower case, each with 1: one such paper
     * is enough to make a word ordinary, so a word is not looked for again once found.
     */
    static Map<String, Integer> lowercaseUse(List<Document> docs, Set<String> words) {
        Map<String, Integer> out = new HashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        Lookup lookup = new Lookup(words);
        // written from several threads, only ever to true: the stream's end makes every write visible
        boolean[] found = new boolean[lookup.size()];
        docs.parallelStream().forEach(d -> {
            lowercaseWords(d.title(), lookup, found);
            lowercaseWords(d.abstractText(), lookup, found);
        });
        for (int slot = 0; slot < found.length; slot++) {
            if (found[slot]) {
                out.put(lookup.word(slot), 1);
            }
        }
        return out;
    }

    private static void lowercaseWords(String text, Lookup lookup, boolean[] found) {
        WordSpans.each(text, false, (start, end) -> {
            if (Character.isLowerCase(text.charAt(start))) {
                // a lower-case first letter: only then can the word show the name is an ordinary word
                int slot = lookup.find(text, start, end);
                if (slot >= 0) {
                    found[slot] = true;
                }
            }
        });
    }

    /**
     * How many papers mention each key anywhere in title or abstract, plural or not. A word mentions a key
     * when one of the pieces titles are cut into is the key ("VideoMamba" mentions "mamba"); a plain
     * lower-case word is its own only piece.
     */
    static Map<String, Integer> mentions(List<Document> docs, Set<String> keys) {
        Map<String, Integer> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        Lookup lookup = new Lookup(keys);
        AtomicIntegerArray papers = new AtomicIntegerArray(lookup.size());
        // a word written with capitals or hyphens is cut into pieces once, however many papers use it
        Map<String, int[]> piecesOf = new ConcurrentHashMap<>();
        docs.parallelStream().forEach(d -> {
            Slots seen = new Slots();
            mentionedIn(d.title(), lookup, piecesOf, seen);
            mentionedIn(d.abstractText(), lookup, piecesOf, seen);
            seen.distinct().forEach(papers::incrementAndGet);
        });
        for (int slot = 0; slot < papers.length(); slot++) {
            if (papers.get(slot) > 0) {
                out.put(lookup.word(slot), papers.get(slot));
            }
        }
        return out;
    }

    /** The slots one paper mentions, with repeats until {@link #distinct}. */
    private static final class Slots {
        private int[] at = new int[16];
        private int size;

        void add(int slot) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = slot;
        }

        IntStream distinct() {
            return Arrays.stream(at, 0, size).distinct();
        }
    }

    private static void mentionedIn(String text, Lookup lookup, Map<String, int[]> piecesOf, Slots seen) {
        WordSpans.each(text, true, (start, end) -> {
            if (plain(text, start, end)) {
                // a plain lower-case word is its own only piece, in the singular or the plural
                int slot = lookup.find(text, start, end);
                if (slot < 0 && end - start > 1 && text.charAt(end - 1) == 's') {
                    slot = lookup.find(text, start, end - 1);
                }
                if (slot >= 0) {
                    seen.add(slot);
                }
            } else {
                for (int slot : piecesOf.computeIfAbsent(text.substring(start, end), w -> keyPieces(w, lookup))) {
                    seen.add(slot);
                }
            }
        });
    }

    /** No hyphen and no capital letter in the word. */
    private static boolean plain(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-' || Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    private static int[] keyPieces(String word, Lookup lookup) {
        Slots out = new Slots();
        for (String piece : ModelNameDetector.pieces(word)) {
            String lower = piece.toLowerCase(Locale.ROOT);
            int slot = lookup.find(lower);
            if (slot < 0 && lower.endsWith("s")) {
                slot = lookup.find(lower.substring(0, lower.length() - 1));
            }
            if (slot >= 0) {
                out.add(slot);
            }
        }
        return out.distinct().toArray();
    }
}
