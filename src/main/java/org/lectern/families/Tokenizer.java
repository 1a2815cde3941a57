package org.lectern.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a paper's text into the terms that tf-idf counts: lower-cased words and adjacent-word bigrams. */
public final class Tokenizer {

    /**
     * A normalised term and the text it was read from, so names can show the reader's spelling.
     *
     * @param part true for a part of a hyphenated word that is also given whole
     */
    public record Term(String key, String surface, boolean part) {
    }

    // English function words plus the boilerplate every abstract uses: they say nothing about the topic.
    private static final Set<String> STOPWORDS = new java.util.HashSet<>(java.util.Arrays.asList(
            "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "also",
            "although", "always", "am", "among", "an", "and", "another", "any", "are", "as", "at", "be",
            "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "cannot",
            "could", "did", "do", "does", "doing", "done", "down", "due", "during", "each", "either", "else",
            "enough", "especially", "etc", "even", "ever", "every", "few", "for", "from", "further", "had",
            "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if",
            "in", "into", "is", "it", "its", "itself", "just", "least", "less", "like", "many", "may", "me",
            "might", "more", "most", "much", "must", "my", "neither", "no", "nor", "not", "now", "of", "off",
            "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own",
            "per", "perhaps", "rather", "same", "several", "she", "should", "since", "so", "some", "such",
            "than", "that", "the", "their", "them", "themselves", "then", "there", "therefore", "these",
            "they", "this", "those", "though", "through", "thus", "to", "too", "two", "under", "until", "up",
            "upon", "us", "use", "used", "uses", "using", "very", "via", "was", "we", "well", "were", "what",
            "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
            "within", "without", "would", "yet", "you", "your", "new", "novel", "propose", "proposed",
            "proposes", "present", "presents", "introduce", "introduces", "introduced", "paper", "work",
            "study", "approach", "approaches", "method", "methods", "result", "results", "show", "shows",
            "shown", "demonstrate", "demonstrates", "experiment", "experiments", "experimental", "extensive",
            "achieve", "achieves", "achieved", "state", "art", "existing", "recent", "recently", "based",
            "significantly", "significant", "effective", "effectively", "various", "different", "first",
            "make", "makes", "code", "available", "github", "https", "http", "com", "www", "io", "project",
            "page", "via", "able", "enable", "enables", "well", "task", "tasks", "performance", "outperforms",
            "outperform", "compared", "previous", "prior", "furthermore", "moreover", "additionally",
            "specifically", "particular", "particularly", "including", "key", "across", "large", "scale",
            "wide", "range", "high", "quality", "improve", "improves", "improved", "improving", "provide",
            "provides", "leverage", "leverages", "leveraging", "utilize", "utilizes", "release", "released",
            "open", "source", "framework", "challenge", "challenges", "challenging", "problem", "problems",
            "issue", "issues", "address", "addresses", "superior", "strong", "stronger", "better", "best",
            "remarkable", "impressive", "notably", "benchmark", "benchmarks", "evaluation", "evaluate",
            "evaluations", "evaluated", "find", "found", "finding", "findings", "furthermore", "thereby",
            "toward", "towards", "beyond", "way", "ways", "often", "allow", "allows", "given", "three",
            "via", "new", "inspired", "despite", "still", "remains", "need", "needs", "lack", "lacks"));

    /** Lower-cased words of {@code text}; hyphenated words give the whole word and each part. */
    public List<Term> words(String text) {
        return scan(text, null);
    }

    // when ends is given, it receives, for each term, where its word starts and ends in the text
    private static List<Term> scan(String text, List<int[]> ends) {
        List<Term> out = new ArrayList<>();
        // a word runs over letters and digits, and over single inner hyphens ("on-device", "text-to-3D")
        WordSpans.each(text, true, (start, end) -> {
            int before = out.size();
            addWord(text.substring(start, end), out);
            if (ends != null) {
                for (int k = before; k < out.size(); k++) {
                    ends.add(new int[] {start, end});
                }
            }
        });
        return out;
    }

    private static void addWord(String surface, List<Term> out) {
        if (surface.indexOf('-') < 0) {
            addPlain(surface, out);
            return;
        }
        String[] parts = surface.split("-");
        String whole = normalise(surface);
        boolean keepWhole = whole != null && parts.length <= 4;
        for (String part : parts) {
            String key = normalise(part);
            if (key != null) {
                out.add(new Term(key, part, keepWhole));
            }
        }
        if (keepWhole) {
            // the compound as one more term: "on-device" means more than "device"
            out.add(new Term(whole, surface, false));
        }
    }

    private static void addPlain(String surface, List<Term> out) {
        String key = normalise(surface);
        if (key != null) {
            out.add(new Term(key, surface, false));
        }
    }

    /** The key of one word, or null when the word carries no topic (stopword, number, single letter). */
    static String normalise(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        if (lower.length() < 2 || STOPWORDS.contains(lower) || isNumber(lower)) {
            return null;
        }
        return singular(lower);
    }

    // plural and singular must count as one term; a full stemmer would make names unreadable
    private static String singular(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && Character.isLetter(w.charAt(n - 2))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** The keys of {@link #terms}, without their spellings: what counting needs, at less cost. */
    public List<String> keys(String text) {
        List<Term> words = words(text);
        List<String> out = new ArrayList<>(words.size() * 2);
        String prev = null;
        for (Term w : words) {
            out.add(w.key());
            if (w.part()) {
                continue;
            }
            if (prev != null && !prev.equals(w.key())) {
                out.add(prev + " " + w.key());
            }
            prev = w.key();
        }
        return out;
    }

    /**
     * The terms tf-idf counts: each word, and each pair of neighbouring words as "a b". A hyphenated word
     * pairs with its neighbours as a whole ("on-device inference"); its parts count only as single words.
     * A pair's spelling is the text it was read from when that is a phrase ("chain of thought"), and the
     * two words joined by a space when something else stands between them.
     */
    public List<Term> terms(String text) {
        List<int[]> ends = new ArrayList<>();
        List<Term> words = scan(text, ends);
        List<Term> out = new ArrayList<>(words.size() * 2);
        Term prev = null;
        int[] prevAt = null;
        for (int k = 0; k < words.size(); k++) {
            Term w = words.get(k);
            out.add(w);
            if (w.part()) {
                continue;
            }
            int[] at = ends.get(k);
            if (prev != null && !prev.key().equals(w.key())) {
                String span = text.substring(prevAt[0], at[1]);
                String surface = isPhrase(span) ? span : prev.surface() + " " + w.surface();
                out.add(new Term(prev.key() + " " + w.key(), surface, false));
            }
            prev = w;
            prevAt = at;
        }
        return out;
    }

    // words and spaces only, with at most one short word between the pair ("mixture of experts")
    private static boolean isPhrase(String span) {
        int spaces = 0;
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            if (c == ' ') {
                spaces++;
            } else if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return spaces <= 2;
    }
}
