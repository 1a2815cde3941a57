package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.lectern.listing.ParsedPaper;
import org.lectern.listing.TitleSplitter;
import org.lectern.store.PaperMatcher.Known;

/**
 * The same paper split two ways, one split given and one guessed: a listing that keeps the title apart
 * (Hugging Face cards, Scholar, BibTeX, arXiv's lists) names the title whose end a one-line listing's
 * guess missed. The two are one paper when the given title, normalised, begins the guessed side's whole
 * text at a word's end, and the given side's abstract, when it has one, agrees with the text after it.
 * Candidates are found through the title key's index: the library's titles that are whole-word
 * prefixes of the incoming title, and those that extend it by whole words (one query).
 */
final class SplitMatch {
    /** A given title shorter than this says too little to name a paper inside another's text. */
    static final int MIN_WORDS = 3;
    /** Shorter titles of the library looked up for one incoming title: its first words, up to this many prefixes. */
    static final int MAX_PREFIXES = 24;
    /** Words of a title key the library's keys remember, so a title that no stored title extends skips the query. */
    static final int LEAD_WORDS = 3;
    /** More candidates than this: the title begins too many papers' texts to tell which, if any, it is. */
    private static final int MAX_CANDIDATES = 64;

    /**
     * The paper's title and abstract once its two splits are reconciled. Not {@code sure} when the guess
     * was confident, ran on past the given title, and nothing but the title speaks for the match: the
     * guessed title may be another paper's whose title begins the same way, so the two are kept apart.
     */
    record Text(String title, String abstractText, boolean sure) {
    }

    private final PreparedStatement query;
    private final long importId;

    SplitMatch(Connection c, String columns, long importId) throws SQLException {
        String slots = "?" + ", ?".repeat(MAX_PREFIXES - 1);
        query = c.prepareStatement("SELECT " + columns + " WHERE (title_key IN (" + slots + ")"
                + " OR (title_key >= ? AND title_key < ?)) AND import_id IS NOT ? LIMIT " + (MAX_CANDIDATES + 1));
        this.importId = importId;
    }

    /**
     * The library's papers whose title key is a whole-word prefix of {@code titleKey} or extends it by whole
     * words: the papers a different split of the same text could have given. {@code keys} (null: none)
     * skip the query when they know no such title is stored.
     */
    List<Known> candidates(String titleKey, boolean given, LibraryKeys keys) throws SQLException {
        int words = words(titleKey);
        if (words == 0 || given && words < MIN_WORDS) return List.of();
        // a given title's guessed twin may have a title of any length; a guessed title's given twin has MIN_WORDS
        int shortest = given ? 1 : MIN_WORDS;
        int slot = 1;
        int n = 1;
        for (int i = titleKey.indexOf(' '); i > 0 && slot <= MAX_PREFIXES; i = titleKey.indexOf(' ', i + 1), n++) {
            if (n < shortest) continue;
            String prefix = titleKey.substring(0, i);
            if (keys == null || keys.mayHaveTitle(prefix)) query.setString(slot++, prefix);
        }
        boolean anyPrefix = slot > 1;
        for (; slot <= MAX_PREFIXES; slot++) query.setNull(slot, Types.VARCHAR);
        // a one-word guessed title would begin far too many of the library's titles to look them up
        boolean extended = words >= 2 && (keys == null || words < LEAD_WORDS || keys.mayHaveLead(lead(titleKey)));
        if (!anyPrefix && !extended) return List.of();
        if (extended) {
            query.setString(MAX_PREFIXES + 1, titleKey + " ");
            query.setString(MAX_PREFIXES + 2, titleKey + "!"); // '!' follows ' ': every key going on after a space
        } else {
            query.setNull(MAX_PREFIXES + 1, Types.VARCHAR);
            query.setNull(MAX_PREFIXES + 2, Types.VARCHAR);
        }
        query.setLong(MAX_PREFIXES + 3, importId);
        List<Known> found = PaperMatcher.rows(query);
        return found.size() > MAX_CANDIDATES ? List.of() : found;
    }

    /**
     * The reconciled text when {@code k} (the library's) and {@code p} (the listing's) are one paper split
     * two ways, one split given (confidence 1: a separate title field, or the reader's) and one guessed;
     * null otherwise. The title is the given one. The guessed side's words are kept whole: cut again after
     * the given title, they are the abstract, unless the given side is the library's with a whole abstract.
     */
    static Text reconcile(Known k, ParsedPaper p) {
        boolean listingGiven = p.confidence() >= 1;
        boolean libraryGiven = k.confidence() != null && k.confidence() >= 1;
        if (listingGiven == libraryGiven) return null;
        String pAbstract = p.abstractText() == null ? "" : p.abstractText();
        String givenTitle = listingGiven ? p.title() : k.title();
        String givenAbstract = listingGiven ? pAbstract : k.abstractText();
        String guessed = listingGiven ? k.title() + " " + k.abstractText() : p.title() + " " + pAbstract;
        String titleKey = TextIdentity.key(givenTitle);
        if (words(titleKey) < MIN_WORDS) return null;
        String rest = after(guessed, titleKey);
        if (rest == null || rest.isEmpty()) return null;
        if (!givenAbstract.isBlank() && TextIdentity.abstracts(givenAbstract, rest) != TextIdentity.Agreement.SAME) {
            return null;
        }
        boolean keepGiven = libraryGiven && !givenAbstract.isBlank() && !truncated(givenAbstract);
        String guessedTitle = listingGiven ? k.title() : p.title();
        double guess = listingGiven ? (k.confidence() == null ? 0 : k.confidence()) : p.confidence();
        boolean sure = !givenAbstract.isBlank() || TextIdentity.key(guessedTitle).length() < titleKey.length()
                || guess < TitleSplitter.uncertainBelow();
        return new Text(givenTitle, keepGiven ? givenAbstract : rest, sure);
    }

    /**
     * What follows the words of {@code key} at the start of {@code text}, cut at a space (the last such
     * space, so a dash or colon standing alone after the title goes with it); null when the text does not
     * begin with exactly those words.
     */
    static String after(String text, String key) {
        String found = null;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            String head = TextIdentity.key(text.substring(0, i));
            if (head.length() > key.length()) break;
            if (head.equals(key)) found = text.substring(i + 1).strip();
        }
        return found;
    }

    /** The first {@link #LEAD_WORDS} words of a title key (all of them when it has fewer). */
    static String lead(String titleKey) {
        int end = -1;
        for (int n = 0; n < LEAD_WORDS; n++) {
            end = titleKey.indexOf(' ', end + 1);
            if (end < 0) return titleKey;
        }
        return titleKey.substring(0, end);
    }

    private static int words(String key) {
        if (key.isEmpty()) return 0;
        int n = 1;
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') n++;
        return n;
    }

    /** A listing's shortened abstract (Scholar's), which the whole text may replace. */
    private static boolean truncated(String abstractText) {
        String s = abstractText.strip();
        return s.endsWith("…") || s.endsWith("...");
    }
}
