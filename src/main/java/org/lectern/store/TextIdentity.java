package org.lectern.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        return Titles.key((title == null ? "" : title) + " " + (abstractText == null ? "" : abstractText));
    }

    /**
     * The first 8 bytes of the text key's SHA-256: short enough to index, and wide enough that two
     * different texts sharing one is not worth a thought (the key is compared anyway before a match).
     */
    public static long textHash(String title, String abstractText) {
        return hash(textKey(title, abstractText));
    }

    static long hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xff);
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
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
        String ka = Titles.key(a == null ? "" : a);
        String kb = Titles.key(b == null ? "" : b);
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
