package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where the title ends and the abstract begins in a "TITLE ABSTRACT" run that has no delimiter.
 *
 * <p>Every word boundary near the start is a candidate; each is described by a few interpretable features
 * (the title's case style, how the abstract opens, punctuation, acronym definitions, length) and scored
 * with a small linear model. The weights were fitted by maximum likelihood over candidates
 * (softmax) and are kept few so they describe English titles and abstracts, not particular papers.
 * The confidence of a split is the softmax probability of the winning boundary.
 */
public final class TitleSplitter {

    /** A split: the title, the abstract and how sure the splitter is (0..1). */
    public record Split(String title, String abstractText, double confidence) {
    }

    /** Only the start of the text is tokenised: titles never run this long, and it keeps parsing linear. */
    static final int MAX_WORDS = 64;
    /** Titles longer than this many words are not considered. */
    static final int MAX_TITLE_WORDS = 40;

    /** Words that typically open an abstract's first sentence and seldom follow a title word. */
    static final Set<String> OPENERS = Set.of(
            "We", "In", "This", "These", "Recent", "Recently", "Despite", "While", "Although", "Though",
            "With", "As", "To", "Given", "Existing", "Current", "Currently", "Our", "Here", "However", "Many",
            "Most", "Since", "Due", "Modern", "Traditional", "Previous", "Prior", "Conventional", "Several",
            "Today", "Nowadays", "There", "Owing", "When", "Contemporary", "Can", "How", "What", "Why",
            "Because", "Following", "Inspired", "Motivated", "Unlike", "Compared", "Among", "Typically",
            "Generally", "Often", "Thanks", "Researchers", "Such", "Whereas", "Instead");

    /** Openers that start clauses and practically never appear inside a title. */
    static final Set<String> CLAUSE_OPENERS = Set.of(
            "We", "This", "These", "Recently", "Despite", "While", "Although", "Though", "However", "Our",
            "Here", "Whereas", "Nowadays", "Currently", "Typically", "Moreover", "Furthermore", "Specifically");

    /** Words a title never ends on: they need a noun after them. */
    static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "this", "these", "that", "our", "its", "their", "your", "my", "his", "her", "each",
            "every", "some", "any", "no");

    static final String[] FEATURES = {
        "titleLower",      // lower-case content words in the title (sentence case)
        "nextLower",       // the abstract's next content word (after small words and numbers) is lower-case
        "lowerWithin4",    // a lower-case content word among the abstract's words 2..5
        "absStartLower",   // the abstract would start lower-case
        "absStartPunct",   // ... or with punctuation / a bracket
        "absStartUpper",   // ... or with an acronym or name
        "titleEndSmall",   // the title would end on "of", "for", "with"...
        "titleEndDet",     // ... or on an article or determiner ("The", "our")
        "titleEndColon",   // the title would end on ":" "-" "," ";"
        "titleSentence",   // the title would contain a sentence end
        "opener",          // the abstract opens with a typical sentence opener, then lower case
        "acronymCross",    // an acronym definition "(LLMs)" would have its expansion cut by the boundary
        "acronymStart",    // an acronym's expansion starts the abstract (or follows its opener: "As Large...")
        "lenDev",          // squared distance from a nine-word title, in units of five words
        "repeat",          // the boundary sits between a phrase and its repetition
        "lowerThenCap",    // a lower-case word followed by a capitalised one: a sentence start
        "titleEndOpener",  // the title would end on a clause opener ("While", "We", "Despite")
        "titleEndLower",   // a Title Case title would end on a lower-case content word
        "titleOpener",     // the title would contain a clause opener after its first word ("Recently,")
        "titleComma",      // the title would contain a comma
        "gerundStart",     // the abstract starts with a capitalised -ing word ("Training large models")
        "subtitleOneWord", // the part after the title's colon would be a single word
        "titleRepeat",     // the title would hold a content word twice ("LLM Training ... Training")
        "cutsPhrase",      // the boundary cuts a two-word phrase that the text repeats ("Large Language | Models")
    };

    /**
     * What is known before looking at any data: a title does not end on "of"/"the"/":", does not hold a
     * sentence end, an abstract does not start lower-case or inside a bracket, nor cut an acronym's
     * spelled-out form. Fitting shrinks towards these values instead of towards zero.
     */
    static final double[] PRIOR = prior();

    private static double[] prior() {
        double[] p = new double[FEATURES.length];
        java.util.Map<String, Double> known = java.util.Map.of(
                "absStartLower", -3.0, "absStartPunct", -4.0, "titleEndSmall", -3.0, "titleEndDet", -4.0,
                "titleEndColon", -3.0, "titleSentence", -5.0, "acronymCross", -3.0, "titleEndOpener", -3.0,
                "titleOpener", -3.0, "subtitleOneWord", -1.5);
        for (int i = 0; i < p.length; i++) {
            p[i] = known.getOrDefault(FEATURES[i], 0.0);
        }
        return p;
    }
    static final int F = FEATURES.length;

    /**
     * Fitted on the seed and the dev listing, each paper as listed and with a sentence-case title (see
     * SplitterFitTest); rounded, since precision is not knowledge.
     */
    static final double[] WEIGHTS = {
        -0.03, 1.85, 0.51, -3.97, -4.01, -0.48, -3.10, -4.01,
        -3.04, -5.00, 1.17, -3.06, 0.65, -0.89, 0.22, 0.74,
        -3.00, -0.35, -3.05, -0.12, 0.20, -1.54, -0.27, -0.57,
    };

    private final double[] weights;

    /** The splitter with the fitted weights. */
    public TitleSplitter() {
        this(WEIGHTS);
    }

    TitleSplitter(double[] weights) {
        this.weights = weights.clone();
    }

    /** Splits a title+abstract run; a run of fewer than two words is all title, with confidence 0. */
    public Split split(String text) {
        String run = text.strip();
        List<Word> words = words(run);
        if (words.size() < 2) {
            return new Split(run, "", 0);
        }
        double[][] features = features(words);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        double[] scores = new double[features.length];
        for (int c = 0; c < features.length; c++) {
            scores[c] = score(features[c]);
            if (scores[c] > bestScore) {
                bestScore = scores[c];
                best = c;
            }
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - bestScore);
        }
        int k = best + 1;
        int cut = words.get(k).start;
        String title = run.substring(0, cut).stripTrailing();
        return new Split(title, run.substring(cut), 1 / sum);
    }

    double score(double[] f) {
        double s = 0;
        for (int i = 0; i < F; i++) {
            s += weights[i] * f[i];
        }
        return s;
    }

    /** The first {@link #MAX_WORDS} words of a run. */
    static List<Word> words(String run) {
        List<Word> words = new ArrayList<>();
        int n = run.length();
        int i = 0;
        int limit = MAX_WORDS;
        while (i < n && words.size() < limit) {
            while (i < n && Character.isWhitespace(run.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(run.charAt(i))) {
                i++;
            }
            if (i > start) {
                Word w = new Word(run, start, i);
                words.add(w);
                // candidates stop at the first sentence end; the look-ahead needs a few words past it
                if (limit == MAX_WORDS && w.endsSentence()) {
                    limit = Math.min(MAX_WORDS, words.size() + 12);
                }
            }
        }
        return words;
    }

    /** Features of every candidate: row c describes a title of c+1 words. */
    static double[][] features(List<Word> words) {
        int n = words.size();
        int maxK = Math.min(n - 1, MAX_TITLE_WORDS);
        // a title does not run past the abstract's first sentence end
        for (int i = 0; i < maxK; i++) {
            if (words.get(i).endsSentence()) {
                maxK = i + 1;
                break;
            }
        }
        int[] expansion = acronymExpansions(words);
        int[] lower = new int[n];
        for (int i = 0; i < n; i++) {
            lower[i] = caseFreeHash(words.get(i).core);
        }
        boolean[] recurs = pairRecurs(lower);
        int[] titleWords = new int[HASH_SLOTS];
        boolean titleRepeat = false;
        double[][] rows = new double[maxK][];
        int titleLower = 0;
        int titleCaps = 0;
        boolean titleOpener = false;
        boolean titleComma = false;
        int lastColon = -1;
        boolean sentence = false;
        for (int k = 1; k <= maxK; k++) {
            Word prev = words.get(k - 1);
            if (prev.shape == Word.Shape.LOWER) {
                titleLower++;
            } else if (prev.shape == Word.Shape.CAP && k > 1 && words.get(k - 2).last != ':') {
                // capitalised words other than the first and a subtitle's first show the Title Case style
                titleCaps++;
            }
            sentence |= prev.endsSentence();
            titleOpener |= k > 1 && CLAUSE_OPENERS.contains(prev.core);
            titleComma |= prev.last == ',';
            if (prev.last == ':' && k < maxK) {
                lastColon = k - 1;
            }
            titleRepeat |= isContent(prev) && !add(titleWords, lower[k - 1]);
            Word first = words.get(k);
            double[] f = new double[F];
            Word.Shape next = nextContent(words, k);
            boolean opener = OPENERS.contains(first.core) && first.isCapitalised();
            boolean capAfter = k + 1 < n && words.get(k + 1).isCapitalised();
            f[0] = Math.min(titleLower, 8);
            f[1] = next == Word.Shape.LOWER ? 1 : 0;
            f[2] = lowerWithin(words, k + 1, 4) ? 1 : 0;
            f[3] = first.isLowerStart() ? 1 : 0;
            f[4] = first.shape == Word.Shape.PUNCT || first.openParen ? 1 : 0;
            f[5] = first.shape == Word.Shape.UPPER || first.shape == Word.Shape.NAME_LOWER ? 1 : 0;
            String prevLower = prev.core.toLowerCase();
            f[6] = Word.TITLE_SMALL.contains(prevLower) && !DETERMINERS.contains(prevLower) && prev.last != ':'
                    ? 1 : 0;
            f[7] = DETERMINERS.contains(prevLower) && Character.isLetter(prev.last) ? 1 : 0;
            f[8] = prev.shape == Word.Shape.PUNCT || prev.last == ':' || prev.last == ',' || prev.last == ';'
                    || prev.last == '-' ? 1 : 0;
            f[9] = sentence ? 1 : 0;
            f[10] = opener && !capAfter ? 1 : 0;
            f[11] = crosses(expansion, k) ? 1 : 0;
            boolean gerund = first.shape == Word.Shape.CAP && first.core.endsWith("ing") && first.core.length() > 5;
            // an opener or a gerund governs the spelled-out acronym after it ("Training Large Language Models (LLMs)")
            f[12] = startsAt(expansion, k) || (opener || gerund) && startsAt(expansion, k + 1) ? 1 : 0;
            f[13] = (k - 9) * (k - 9) / 25.0;
            f[14] = repeats(words, k) ? 1 : 0;
            f[15] = prev.shape == Word.Shape.LOWER && first.isCapitalised() ? 1 : 0;
            f[16] = OPENERS.contains(prev.core) && !Word.TITLE_SMALL.contains(prevLower) ? 1 : 0;
            f[17] = prev.shape == Word.Shape.LOWER && titleCaps > titleLower ? 1 : 0;
            f[18] = titleOpener ? 1 : 0;
            f[19] = titleComma ? 1 : 0;
            f[20] = gerund ? 1 : 0;
            f[21] = lastColon >= 0 && lastColon == k - 2 ? 1 : 0;
            f[22] = titleRepeat ? 1 : 0;
            f[23] = isContent(prev) && isContent(first) && recurs[k - 1] ? 1 : 0;
            rows[k - 1] = f;
        }
        return rows;
    }

    /** A word that carries meaning: not a small word, number or punctuation, and not too short to tell. */
    private static boolean isContent(Word w) {
        return (w.shape == Word.Shape.LOWER || w.shape == Word.Shape.CAP || w.shape == Word.Shape.UPPER
                || w.shape == Word.Shape.NAME_LOWER) && w.core.length() > 3;
    }

    /** A hash of the word that ignores case: comparing these is cheap, and a rare collision costs little. */
    private static int caseFreeHash(String core) {
        int h = 0;
        for (int i = 0; i < core.length(); i++) {
            h = 31 * h + Character.toLowerCase(core.charAt(i));
        }
        return h;
    }

    /** Open-addressing set size: twice the most words a run is cut into, so probes stay short. */
    private static final int HASH_SLOTS = 2 * MAX_WORDS;

    /** Adds a key to a small open-addressing set (0 marks a free slot); false when it was already there. */
    private static boolean add(int[] set, int key) {
        int slot = find(set, key);
        boolean added = set[slot] == 0;
        set[slot] = key == 0 ? 1 : key;
        return added;
    }

    /** The slot holding the key, or the free slot where it would go. */
    private static int find(int[] set, int key) {
        int k = key == 0 ? 1 : key;
        int i = (k ^ (k >>> 16)) & (set.length - 1);
        while (set[i] != 0 && set[i] != k) {
            i = (i + 1) & (set.length - 1);
        }
        return i;
    }

    /** For each i, whether the pair of words at i, i+1 appears again later in the text (linear time). */
    private static boolean[] pairRecurs(int[] lower) {
        int n = lower.length;
        boolean[] out = new boolean[n];
        int[] later = new int[HASH_SLOTS];
        for (int i = n - 2; i >= 0; i--) {
            if (i + 3 < n) {
                add(later, 31 * lower[i + 2] + lower[i + 3]);
            }
            out[i] = later[find(later, 31 * lower[i] + lower[i + 1])] != 0;
        }
        return out;
    }

    /** The shape of the first word after position k that is not a small word or a number. */
    private static Word.Shape nextContent(List<Word> words, int k) {
        for (int i = k + 1; i < Math.min(words.size(), k + 5); i++) {
            Word.Shape s = words.get(i).shape;
            if (s != Word.Shape.SMALL && s != Word.Shape.NUMBER) {
                return s;
            }
        }
        return Word.Shape.PUNCT;
    }

    private static boolean lowerWithin(List<Word> words, int from, int len) {
        for (int i = from; i < Math.min(words.size(), from + len); i++) {
            if (words.get(i).shape == Word.Shape.LOWER) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeats(List<Word> words, int k) {
        for (int len = 1; len <= 4 && k - len >= 0 && k + len <= words.size(); len++) {
            boolean same = true;
            for (int i = 0; i < len && same; i++) {
                same = words.get(k - len + i).core.equalsIgnoreCase(words.get(k + i).core);
            }
            if (same && (len > 1 || words.get(k).shape != Word.Shape.SMALL)) {
                return true;
            }
        }
        return false;
    }

    /** For each bracketed acronym "(ABC)", the index of the word where its spelled-out form starts, else -1. */
    static int[] acronymExpansions(List<Word> words) {
        int[] start = new int[words.size()];
        for (int j = 0; j < words.size(); j++) {
            start[j] = -1;
            Word w = words.get(j);
            if (w.openParen && j > 0) {
                start[j] = expansionStart(words, j, acronymLetters(w.core));
            }
        }
        return start;
    }

    private static boolean crosses(int[] expansion, int k) {
        for (int j = k; j < Math.min(expansion.length, k + 12); j++) {
            if (expansion[j] >= 0 && expansion[j] < k) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(int[] expansion, int k) {
        for (int j = k; j < Math.min(expansion.length, k + 8); j++) {
            if (expansion[j] == k) {
                return true;
            }
        }
        return false;
    }

    /** "LLMs" gives "LLM"; null when the bracket does not hold an acronym. */
    static String acronymLetters(String core) {
        if (core.length() < 2 || core.length() > 12) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        int capitals = 0;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.append(c);
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            }
        }
        if (capitals < 2) {
            return null;
        }
        int len = letters.length();
        if (len > 2 && letters.charAt(len - 1) == 's' && Character.isUpperCase(letters.charAt(len - 2))) {
            letters.setLength(len - 1);
        }
        return letters.toString();
    }

    /** Walks back from the bracket matching word initials (or a word's own capitals) to the acronym. */
    private static int expansionStart(List<Word> words, int paren, String acronym) {
        if (acronym == null) {
            return -1;
        }
        int p = acronym.length();
        int i = paren - 1;
        while (p > 0 && i >= 0 && paren - i <= acronym.length() + 4) {
            Word w = words.get(i);
            int used = match(w.core, acronym, p);
            if (used > 0) {
                p -= used;
            } else if (w.shape != Word.Shape.SMALL) {
                return -1;
            }
            i--;
        }
        return p == 0 ? i + 1 : -1;
    }

    /** How many acronym letters ending at p the word accounts for, 0 if none. */
    private static int match(String word, String acronym, int p) {
        if (word.isEmpty()) {
            return 0;
        }
        // the word's own capitals and digits ("AutoRegressive" -> AR, "3D" -> 3D, "Vision-Language" -> VL)
        StringBuilder caps = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                caps.append(c);
            }
        }
        if (caps.length() > 1 && endsWithIgnoreCase(acronym, p, caps)) {
            return caps.length();
        }
        // initials of hyphen parts ("Text-to-audio" -> Tta)
        StringBuilder initials = new StringBuilder();
        for (String part : word.split("-")) {
            if (!part.isEmpty()) {
                // acronyms write "to" as 2 and "for" as 4 ("Text-to-Image" -> T2I)
                initials.append(part.equalsIgnoreCase("to") && acronym.indexOf('2') >= 0 ? '2'
                        : part.equalsIgnoreCase("for") && acronym.indexOf('4') >= 0 ? '4' : part.charAt(0));
            }
        }
        if (initials.length() > 1 && endsWithIgnoreCase(acronym, p, initials)) {
            return initials.length();
        }
        return Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(acronym.charAt(p - 1)) ? 1 : 0;
    }

    private static boolean endsWithIgnoreCase(String acronym, int p, CharSequence part) {
        int len = part.length();
        if (len > p) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (Character.toLowerCase(acronym.charAt(p - len + i)) != Character.toLowerCase(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
