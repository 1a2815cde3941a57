package org.lectern.families;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses a topic's name the way a reader would write it, from the members' own titles: the phrase that is
 * distinctive and carried by the most titles (authors sum up their topic there), widened to the phrase that
 * usually holds it ("audio" → "audio generation"), and preceded by a distinctive modifier that several
 * titles use ("on-device" + "language models"). A name is whole words the members write; never a bare
 * adjective ("Multimodal"), a number or a short code ("7B", "RT"), nor only words any paper could use
 * ("Models LLMs", "Technical report").
 */
final class NameChoice {

    // words that say what kind of paper it is or that nearly every paper uses: no topic is named by them alone
    private static final Set<String> GENERIC = Set.of("model", "language", "large", "llm", "lm", "data", "network",
            "neural", "learning", "method", "system", "report", "technical", "paper", "result", "deep", "ai",
            "training", "performance", "parameter", "accuracy", "size", "framework", "analysis", "benchmark", "dataset", "foundation", "tool",
            "application", "survey", "efficient", "improving", "towards", "generation", "understanding",
            // adjectives without an adjective's ending
            "long", "short", "small", "low", "fast", "real", "simple", "general", "good", "robust", "open", "free");

    // common adjective endings; a noun in front of a name ("parameter language models") reads badly
    private static final String[] ADJECTIVE_ENDINGS = {"al", "ic", "ive", "ent", "ant", "ous", "able", "ible", "less",
        "ese", "ish", "ary", "ful"};
    // nouns with an adjective's ending that name topics well
    private static final Set<String> NOUNS = Set.of("retrieval", "signal", "interval", "manual", "proposal",
            "agent", "gradient", "rival", "arrival", "removal", "survival", "vocabulary", "summary", "dictionary",
            "library", "boundary", "trajectory");

    // a phrase carried by fewer of the head's titles than this does not widen it
    private static final double WIDEN_SHARE = 0.4;

    private NameChoice() {
    }

    /** The names a topic could go by, best first; empty when nothing the members write can name it. */
    static List<String> names(int[] members, List<Document> docs, int[] top, double[] score, TfIdf tfidf,
                              Map<String, String> spelling, WrittenWords written) {
        Map<String, Integer> inTitles = titleCounts(members, docs, tfidf.tokenizer());
        int m = members.length;
        double[] named = new double[top.length];
        boolean[] usable = new boolean[top.length];
        for (int k = 0; k < top.length; k++) {
            String key = tfidf.term(top[k]);
            named[k] = score[top[k]] * (0.1 + (double) inTitles.getOrDefault(key, 0) / m);
            usable[k] = written.says(spelling.getOrDefault(key, key));
        }
        // every term the members write can head a name; a head that takes a modifier several titles use
        // makes the fuller name, and a phrase of two words says more than one word
        List<Map.Entry<String, Double>> made = new ArrayList<>();
        for (int head = 0; head < top.length; head++) {
            if (usable[head]) {
                Map.Entry<String, Double> name = compose(head, top, score, named, usable, inTitles, m, tfidf,
                        spelling, written);
                if (name != null) {
                    made.add(name);
                }
            }
        }
        // a stable sort: equal fits keep the terms' order, so the same papers always give the same name
        made.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        Set<String> out = new LinkedHashSet<>();
        made.forEach(e -> out.add(e.getKey()));
        return new ArrayList<>(out);
    }

    private static double headScore(String key, double named) {
        return key.indexOf(' ') > 0 ? 1.5 * named : named;
    }

    /**
     * The name built on head term {@code head} with how well it names the topic, or null when it does not
     * make an acceptable name.
     */
    private static Map.Entry<String, Double> compose(int head, int[] top, double[] score, double[] named, boolean[] usable,
                                  Map<String, Integer> inTitles, int m, TfIdf tfidf, Map<String, String> spelling,
                                  WrittenWords written) {
        String name = tfidf.term(top[head]);
        int headTitles = inTitles.getOrDefault(name, 0);
        // the phrase the head word is usually part of, in the titles or in the text as a whole
        String widest = name;
        double widestScore = 0;
        for (int k = 0; k < top.length; k++) {
            String key = tfidf.term(top[k]);
            int n = inTitles.getOrDefault(key, 0);
            boolean titlesSayIt = n >= 2 && n >= WIDEN_SHARE * headTitles;
            boolean textSaysIt = score[top[k]] >= 0.5 * score[top[head]];
            if (usable[k] && key.length() > name.length() && ProposalNamer.overlaps(key, name)
                    && (titlesSayIt || textSaysIt) && named[k] > widestScore) {
                widest = key;
                widestScore = named[k];
            }
        }
        name = widest;
        String modifier = null;
        // a head that cannot stand alone ("language models") takes the best modifier the titles carry; one
        // that can takes only a modifier nearly as distinctive as itself
        double modifierScore = nameable(name) ? 0.25 * named[head] : 0;
        for (int k = 0; k < top.length; k++) {
            String key = tfidf.term(top[k]);
            if (usable[k] && named[k] >= modifierScore && inTitles.getOrDefault(key, 0) >= Math.max(2, 0.25 * m)
                    && !ProposalNamer.overlaps(key, name) && !sharesStem(key, name) && modifies(key)
                    && !GENERIC.contains(key)) {
                modifier = key;
                modifierScore = named[k];
            }
        }
        String shown = spelling.getOrDefault(name, name);
        if (GENERIC.contains(name) || modifies(name)) {
            // one word any paper could use, or an adjective, is no head, whatever stands before it
            // ("on-device parameters", "text-to-video temporal")
            return null;
        }
        if (modifier != null && nameable(name)
                && !written.says(spelling.getOrDefault(modifier, modifier) + " " + shown)) {
            // a head that names the topic alone keeps a modifier only if the papers write the two together
            modifier = null;
        }
        if (modifier == null && !(nameable(name) && (name.length() > 3 || hasInnerCapital(shown)))) {
            // a short plain word ("Bit", "Art") is too vague alone; an acronym ("MoE", "RAG") is not
            return null;
        }
        if (modifier != null) {
            shown = spelling.getOrDefault(modifier, modifier) + " " + shown;
        }
        double fit = headScore(name, named[head]) * (modifier != null ? 2 : 1);
        return Map.entry(ProposalNamer.capitalise(sentenceCase(shown)), fit);
    }

    /** Whether a phrase can name a topic on its own, without a modifier in front. */
    static boolean nameable(String key) {
        String[] words = key.split(" ");
        if (words.length == 1) {
            return letters(key) >= 3 && !modifies(key) && !GENERIC.contains(key);
        }
        boolean allGeneric = true;
        for (String w : words) {
            allGeneric &= GENERIC.contains(w) || letters(w) < 3;
        }
        // "models efficient" is the end of one phrase and the start of another
        return !allGeneric && !modifies(words[words.length - 1]);
    }

    private static boolean hasInnerCapital(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetter(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** In how many of the members' titles each term occurs as a whole word ("bit" of "1-bit" is not). */
    private static Map<String, Integer> titleCounts(int[] members, List<Document> docs, Tokenizer tokenizer) {
        Map<String, Integer> out = new HashMap<>();
        for (int i : members) {
            Set<String> seen = new HashSet<>();
            for (Tokenizer.Term term : tokenizer.terms(docs.get(i).title())) {
                if (!term.part() && seen.add(term.key())) {
                    out.merge(term.key(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    // words that read as a modifier before a noun phrase: compounds ("on-device", "zero-shot") and the
    // common adjective endings
    static boolean modifies(String key) {
        if (key.indexOf(' ') >= 0) {
            return false;
        }
        if (key.indexOf('-') > 0) {
            return true;
        }
        if (key.endsWith("ment") || NOUNS.contains(key)) {
            return false;
        }
        for (String e : ADJECTIVE_ENDINGS) {
            if (key.length() > e.length() + 3 && key.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    // "mathematical" adds nothing to "math", nor "efficient" to "efficiency"
    private static boolean sharesStem(String a, String b) {
        for (String w : a.split("[ -]")) {
            for (String v : b.split("[ -]")) {
                int common = Math.min(Math.min(w.length(), v.length()), 4);
                if (w.regionMatches(0, v, 0, common)) {
                    return true;
                }
            }
        }
        return false;
    }

    // a name reads as a phrase, not a title: "Voice Conversion" → "voice conversion"; an acronym or a word
    // with inner capitals ("LLMs", "MoE") keeps them
    static String sentenceCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String w : s.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean titleWord = w.length() > 1 && Character.isUpperCase(w.charAt(0))
                    && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            out.append(titleWord ? w.toLowerCase(Locale.ROOT) : w);
        }
        return out.toString();
    }
}
