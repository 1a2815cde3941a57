package org.lectern.listing.split;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Training papers for a construction the corpus holds few of: an abstract that opens with a capitalised
 * "-ing" word before a capitalised run ("Scaling Large Language Models (LLMs) is ..."). Titles end on such
 * words thousands of times and abstracts open with them a handful, so the first stage learns that the word
 * belongs to the title. What tells the two apart is the opening sentence's grammar: an "-ing" word makes the
 * subject singular, so "Scaling Large Language Models (LLMs) is" opens an abstract while "... Scaling | Large
 * Language Models (LLMs) are" ends a title. From a training paper whose abstract opens with a capitalised
 * pair of words that titles hold too, followed by a plural form of "be" or "have" ("Large Language Models
 * (LLMs) have"), a new paper is made: an "-ing" word taken from the training titles put before the run, and
 * the verb made singular ("Scaling Large Language Models (LLMs) has"). Only papers whose verb changes are made,
 * so each made paper holds the grammatical sign, not just one more capitalised word opening an abstract;
 * titles that do end on such words stay in the data as they are. Deterministic for a seed.
 */
final class Openings {
    /** A word or pair must stand this often in the training titles to be used. */
    private static final int MIN_COUNT = 3;
    private static final int MIN_LENGTH = 4;
    /** How far into the abstract its opening verb is looked for. */
    private static final int VERB_REACH = 14;
    private static final Map<String, String> SINGULAR = Map.of("are", "is", "were", "was", "have", "has");
    private static final Set<String> STOPS = Set.of("is", "was", "has", "and", "that", "which", "who", "where", "while");

    /** Capitalised "-ing" words of the training titles, in a fixed order so a seed draws the same ones. */
    private final List<String> gerunds;
    /** Capitalised pairs of title words, lower-cased ("large language"). */
    private final Set<String> titlePairs;

    private Openings(List<String> gerunds, Set<String> titlePairs) {
        this.gerunds = gerunds;
        this.titlePairs = titlePairs;
    }

    /** The "-ing" words and capitalised pairs the training titles hold at least {@link #MIN_COUNT} times. */
    static Openings of(List<Corpus.Paper> papers) {
        Map<String, Integer> gerundCounts = new HashMap<>();
        Map<String, Integer> pairCounts = new HashMap<>();
        for (Corpus.Paper paper : papers) {
            String[] words = paper.title().split(" ");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (!capitalisedWord(w)) {
                    continue;
                }
                if (w.endsWith("ing")) {
                    gerundCounts.merge(w, 1, Integer::sum);
                }
                if (i + 1 < words.length && startsCapitalised(words[i + 1])) {
                    pairCounts.merge(pair(w, words[i + 1]), 1, Integer::sum);
                }
            }
        }
        return new Openings(new ArrayList<>(frequent(gerundCounts)), new HashSet<>(frequent(pairCounts)));
    }

    private static TreeSet<String> frequent(Map<String, Integer> counts) {
        TreeSet<String> kept = new TreeSet<>();
        counts.forEach((w, c) -> {
            if (c >= MIN_COUNT) {
                kept.add(w);
            }
        });
        return kept;
    }

    /** One capital then lower-case letters only ("Scaling", "Large"), and no small word ("With"). */
    static boolean capitalisedWord(String w) {
        if (w.length() < MIN_LENGTH || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !SmallWords.contains(SmallWords.hash(w.toLowerCase(Locale.ROOT)));
    }

    private static boolean startsCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetterOrDigit(w.charAt(w.length() - 1));
    }

    private static String pair(String a, String b) {
        return (a + " " + b).toLowerCase(Locale.ROOT);
    }

    int gerunds() {
        return gerunds.size();
    }

    /**
     * New papers, one for each paper whose abstract opens with a capitalised run before a plural verb, drawn
     * with probability {@code share}; each keeps its title and its id.
     */
    List<Corpus.Paper> make(List<Corpus.Paper> papers, double share, long seed) {
        List<Corpus.Paper> out = new ArrayList<>();
        if (gerunds.isEmpty() || share <= 0) {
            return out;
        }
        Random random = new Random(seed * 0xA24BAED4963EE407L + 7);
        for (Corpus.Paper paper : papers) {
            String[] words = paper.abstractText().split(" ");
            if (words.length < 4 || !opensWithRun(words)) {
                continue;
            }
            double draw = random.nextDouble();
            String gerund = gerunds.get(random.nextInt(gerunds.size()));
            String opened = draw < share ? withGerund(words, gerund) : null;
            if (opened != null) {
                out.add(new Corpus.Paper(paper.id(), paper.title(), opened));
            }
        }
        return out;
    }

    /**
     * Two capitalised words that titles hold as a pair ("Large Language", not "While Large"), the first not an
     * "-ing" word already.
     */
    boolean opensWithRun(String[] words) {
        return capitalisedWord(words[0]) && !words[0].endsWith("ing") && startsCapitalised(words[1])
                && titlePairs.contains(pair(words[0], words[1]));
    }

    /**
     * The abstract opened with the "-ing" word and its opening verb, a plural form of "be" or "have" before any
     * punctuation, clause word or singular form, made singular; null when there is no such verb.
     */
    static String withGerund(String[] words, String gerund) {
        for (int i = 2; i < Math.min(words.length, VERB_REACH); i++) {
            String w = words[i];
            String singular = SINGULAR.get(w);
            if (singular != null) {
                String[] copy = words.clone();
                copy[i] = singular;
                return gerund + " " + String.join(" ", copy);
            }
            if (STOPS.contains(w) || w.isEmpty() || !Character.isLetterOrDigit(w.charAt(w.length() - 1)) && !w.endsWith(")")) {
                // a singular verb already, or another clause whose verb need not be the opening subject's
                return null;
            }
        }
        return null;
    }
}
