package org.lectern.families;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds model names that several titles share ("ERNIE-Code", "ERNIE 2.0", "ERNIE-ViL" → "ERNIE") from how
 * the names are written, not from a list of known models.
 */
public final class ModelNameDetector {

    /** A model name and the papers whose titles carry it. */
    public record ModelFamily(String name, List<Long> members) {
    }

    private final int minPapers;
    private final double minShareOfMentions;

    /**
     * @param minPapers          how many titles must carry a name before it becomes a family
     * @param minShareOfMentions of the papers that mention the name anywhere, the share that must carry it
     *                           in the title: "LLM" heads a few titles but is mentioned by most abstracts,
     *                           so it names a field, not a model
     */
    public ModelNameDetector(int minPapers, double minShareOfMentions) {
        this.minPapers = minPapers;
        this.minShareOfMentions = minShareOfMentions;
    }

    /** Defaults: three titles, and at least 40% of the papers mentioning the name. */
    public ModelNameDetector() {
        this(3, 0.4);
    }

    /** The model families in {@code docs}, largest first. */
    public List<ModelFamily> detect(List<Document> docs) {
        Map<String, Integer> lowerUse = NameUse.lowercaseUse(docs, plainCapitalised(docs));
        Map<String, Set<Long>> holders = new HashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Document d : docs) {
            for (String name : namesInTitle(d.title(), lowerUse)) {
                String key = name.toLowerCase(Locale.ROOT);
                holders.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(d.id());
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(name, 1, Integer::sum);
            }
        }
        Set<String> frequent = new HashSet<>();
        holders.forEach((k, v) -> {
            if (v.size() >= minPapers) {
                frequent.add(k);
            }
        });
        Map<String, Integer> mentions = NameUse.mentions(docs, frequent);
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Set<Long>> e : holders.entrySet()) {
            int held = e.getValue().size();
            if (held >= minPapers && held >= minShareOfMentions * mentions.getOrDefault(e.getKey(), held)) {
                keys.add(e.getKey());
            }
        }
        // the most widely shared spelling first; shorter on ties so "ERNIE" beats "ERNIE-Doc"
        keys.sort(Comparator.<String>comparingInt(k -> -holders.get(k).size())
                .thenComparingInt(String::length).thenComparing(k -> k));
        List<ModelFamily> out = new ArrayList<>();
        List<Set<Long>> taken = new ArrayList<>();
        for (String key : keys) {
            Set<Long> members = holders.get(key);
            // "DeepSeek" and "DeepSeekMath" held by the same titles are one family, not two
            if (taken.stream().anyMatch(t -> t.containsAll(members))) {
                continue;
            }
            taken.add(members);
            out.add(new ModelFamily(commonest(spellings.get(key)), new ArrayList<>(members)));
        }
        return out;
    }

    /** Whether {@code title} carries the model name {@code name} where titles put names. */
    public static boolean titleCarries(String title, String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (String n : candidates(title)) {
            if (n.toLowerCase(Locale.ROOT).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Name-like strings at the head of a title, judged against how the corpus writes words. */
    List<String> namesInTitle(String title, Map<String, Integer> lowerUse) {
        List<String> out = new ArrayList<>();
        for (String c : candidates(title)) {
            if (looksLikeName(c, lowerUse)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Every piece of the title head that could be a name: whole words, hyphen parts and runs of camel-case
     * segments, with trailing version numbers cut ("InternLM2" → "InternLM").
     */
    static Set<String> candidates(String title) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : head(title)) {
            out.addAll(pieces(word));
        }
        return out;
    }

    /** The pieces of one word that could be a name. */
    static Set<String> pieces(String word) {
        Set<String> out = new LinkedHashSet<>();
        {
            String w = stripVersion(word);
            addIfLong(w, out);
            String[] parts = w.split("-");
            for (String part : parts) {
                String p = stripVersion(part);
                addIfLong(p, out);
                List<String> seg = camelSegments(p);
                if (!seg.stream().allMatch(ModelNameDetector::isProperSegment)) {
                    continue;
                }
                for (int i = 0; i < seg.size(); i++) {
                    StringBuilder run = new StringBuilder();
                    for (int j = i; j < seg.size(); j++) {
                        run.append(seg.get(j));
                        addIfLong(run.toString(), out);
                    }
                }
            }
        }
        return out;
    }

    private static void addIfLong(String s, Set<String> out) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        if (letters >= 3) {
            out.add(s);
        }
    }

    /**
     * The words where titles put a model's name: before a colon near the start ("ERNIE-ViL: …"), or else
     * the first word and the name-like words right after it ("ERNIE 3.0 Titan Exploring …" → ERNIE, 3.0, Titan).
     */
    static List<String> head(String title) {
        List<String> out = new ArrayList<>();
        if (title == null || title.isBlank()) {
            return out;
        }
        String[] words = title.trim().split("\\s+");
        int colon = -1;
        for (int i = 0; i < words.length && i < 6; i++) {
            if (words[i].endsWith(":") || (words[i].equals(":") && i > 0)) {
                colon = words[i].equals(":") ? i - 1 : i;
                break;
            }
        }
        if (colon >= 0) {
            for (int i = 0; i <= colon; i++) {
                String w = trimPunct(words[i]);
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            return out;
        }
        out.add(trimPunct(words[0]));
        for (int i = 1; i < words.length; i++) {
            String w = trimPunct(words[i]);
            if (w.isEmpty() || !(hasInnerCapital(w) || isVersion(w))) {
                break;
            }
            out.add(w);
        }
        return out;
    }

    private static String trimPunct(String w) {
        int a = WordSpans.firstLetter(w);
        return w.substring(a, WordSpans.afterLastLetter(w, a));
    }

    private static boolean isVersion(String w) {
        return w.matches("[vV]?\\d+(\\.\\d+)*[a-zA-Z]?");
    }

    // "ERNIE2" and "InternLM2" name the same line of models as "ERNIE" and "InternLM"
    private static String stripVersion(String w) {
        int end = w.length();
        while (end > 0 && (Character.isDigit(w.charAt(end - 1)) || w.charAt(end - 1) == '.')) {
            end--;
        }
        if (end == w.length()) {
            return w;
        }
        if (end > 0 && (w.charAt(end - 1) == 'v' || w.charAt(end - 1) == 'V') && end >= 2
                && !Character.isLetter(w.charAt(end - 2))) {
            end--;
        }
        while (end > 0 && (w.charAt(end - 1) == '-' || w.charAt(end - 1) == '_')) {
            end--;
        }
        return end == 0 ? w : w.substring(0, end);
    }

    /** Splits camel case: "DeepSeekMath" → Deep, Seek, Math; "LLMLingua" → LLM, Lingua. */
    static List<String> camelSegments(String w) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < w.length(); i++) {
            char prev = w.charAt(i - 1);
            char c = w.charAt(i);
            boolean lowerToUpper = Character.isLowerCase(prev) && Character.isUpperCase(c);
            // "LLMLingua" splits after the acronym, but "LLaVA" has no acronym of two letters to split off
            boolean acronymEnds = Character.isUpperCase(prev) && Character.isUpperCase(c)
                    && i + 1 < w.length() && Character.isLowerCase(w.charAt(i + 1)) && i - start >= 2;
            if (lowerToUpper || acronymEnds) {
                out.add(w.substring(start, i));
                start = i;
            }
        }
        out.add(w.substring(start));
        return out;
    }

    /**
     * A camel segment that reads as a word or an acronym ("Deep", "LLM", "Math"); "LLa" + "VA" or "Mo" + "E"
     * are not, and such a word is only taken whole.
     */
    private static boolean isProperSegment(String s) {
        int upper = 0;
        while (upper < s.length() && Character.isUpperCase(s.charAt(upper))) {
            upper++;
        }
        int rest = s.length() - upper;
        if (rest == 0) {
            return upper >= 2;
        }
        for (int i = upper; i < s.length(); i++) {
            if (!Character.isLowerCase(s.charAt(i))) {
                return s.chars().allMatch(Character::isDigit);
            }
        }
        return upper == 1 && rest >= 2;
    }

    private static boolean hasInnerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name is written the same way every time: an acronym or camel case ("ERNIE", "DeepSeek"), or a
     * capitalised word the corpus never writes in lower case ("Mamba", but not "Scaling").
     */
    static boolean looksLikeName(String s, Map<String, Integer> lowerUse) {
        if (!Character.isLetter(s.charAt(0))) {
            return false;
        }
        int hyphen = s.indexOf('-');
        if (hyphen >= 0) {
            // title case capitalises each part ("Self-Rewarding"): only a name-like first part makes a name
            return looksLikeName(s.substring(0, hyphen), lowerUse);
        }
        if (hasInnerCapital(s)) {
            return true;
        }
        if (!Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        return lowerUse.getOrDefault(s.toLowerCase(Locale.ROOT), 0) == 0;
    }

    /**
     * The title-head words whose name-ness depends on the corpus: capitalised, without inner capitals
     * ("Mamba", "Scaling"), in lower case. Only these need counting in the whole text.
     */
    private static Set<String> plainCapitalised(List<Document> docs) {
        Set<String> out = new HashSet<>();
        for (Document d : docs) {
            for (String c : candidates(d.title())) {
                int hyphen = c.indexOf('-');
                String first = hyphen >= 0 ? c.substring(0, hyphen) : c;
                if (!first.isEmpty() && Character.isUpperCase(first.charAt(0)) && !hasInnerCapital(first)) {
                    out.add(first.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    private static String commonest(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey,
                        Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
