package org.lectern.store;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.lectern.library.Titles;

/**
 * What makes two entries the same paper, apart from the arXiv id. A title is a guess (the boundary
 * between title and abstract is found, not given), so the whole text, title and abstract together
 * and normalised like a title, is the identity that survives a different split; the title alone only
 * identifies a paper when the abstracts do not clearly disagree.
 */
public final class TextIdentity {
    /** How two abstracts under the same title compare. */
    public enum Agreement {
        SAME, DIFFERENT, UNSURE
    }

    /** Word trigrams shared by at least this share of the smaller abstract: the same text, edited a little. */
    static final double SAME_SHARE = 0.6;
    /** At most this share: two different texts (random English shares a few trigrams, never many). */
    static final double DIFFERENT_SHARE = 0.2;

    private static final Pattern VERSION = Pattern.compile("v\\d+$");

    private TextIdentity() {
    }

    /** Title and abstract as one normalised word sequence, so moving words between them changes nothing. */
    public static String textKey(String title, String abstractText) {
        return key((title == null ? "" : title) + " " + (abstractText == null ? "" : abstractText));
    }

    /**
     * {@link Titles#key} with a shortcut for plain ASCII, where Unicode normalisation changes nothing:
     * an abstract is a thousand characters, and matching works out its key for every paper of a listing.
     */
    public static String key(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) return Titles.key(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                if (space && out.length() > 0) out.append(' ');
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                space = false;
            } else if (c != '.' && c != '\'') {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * A 64-bit hash of the text key, to index: two texts sharing one is rare enough that the keys are
     * only compared when hashes meet. Stored in the library, so it must never change between versions.
     */
    public static long textHash(String title, String abstractText) {
        return hash(textKey(title, abstractText));
    }

    /** FNV-1a over the key's UTF-16 units, then a final mix (splitmix64) so that every bit depends on every unit. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** "2401.01234v3" and "arXiv:2401.01234" are the same id; null and blank are none. */
    public static String arxivId(String id) {
        if (id == null || id.isBlank()) return null;
        String s = id.strip();
        if (s.regionMatches(true, 0, "arxiv:", 0, 6)) s = s.substring(6).strip();
        return VERSION.matcher(s).replaceFirst("");
    }

    /**
     * Whether two abstracts given under the same title tell of the same paper. An empty abstract says
     * nothing against it; otherwise the share of word trigrams the smaller one has in the other decides.
     */
    public static Agreement abstracts(String a, String b) {
        String ka = key(a == null ? "" : a);
        String kb = key(b == null ? "" : b);
        if (ka.isEmpty() || kb.isEmpty() || ka.equals(kb)) return Agreement.SAME;
        Set<String> ta = trigrams(ka);
        Set<String> tb = trigrams(kb);
        Set<String> small = ta.size() <= tb.size() ? ta : tb;
        Set<String> large = small == ta ? tb : ta;
        if (small.isEmpty()) return Agreement.UNSURE;
        int shared = 0;
        for (String t : small) if (large.contains(t)) shared++;
        double share = (double) shared / small.size();
        if (share >= SAME_SHARE) return Agreement.SAME;
        if (share <= DIFFERENT_SHARE) return Agreement.DIFFERENT;
        return Agreement.UNSURE;
    }

    private static Set<String> trigrams(String key) {
        String[] w = key.split(" ");
        Set<String> out = new HashSet<>();
        if (w.length < 3) {
            out.add(key);
            return out;
        }
        for (int i = 0; i + 2 < w.length; i++) out.add(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]);
        return out;
    }

    /**
     * A listing line that gave only an id or a link (no title, no abstract): the paper is known by its
     * id alone until a listing with its details arrives.
     */
    public static boolean isBare(String title, String abstractText, String arxivId) {
        if (abstractText != null && !abstractText.isBlank()) return false;
        if (title == null || title.isBlank()) return true;
        String t = title.strip();
        return arxivId != null && (t.equalsIgnoreCase("arXiv:" + arxivId) || t.equals(arxivId));
    }
}
