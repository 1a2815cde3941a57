package org.lectern.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.lectern.listing.ParsedPaper;

/**
 * What readers type into the search box, in kinds that stress the index differently: words in nearly
 * every paper, mid-frequency and rare words, prefixes, phrases, boolean combinations and model names.
 */
public final class SearchQueries {
    /** One query and the kind it stands for. */
    public record Query(String kind, String text) {
    }

    /** The kinds, in the order they are reported. */
    public static final List<String> KINDS = List.of(
            "common word", "mid word", "rare word", "prefix", "phrase", "two words", "boolean", "model name");

    private SearchQueries() {
    }

    /** {@code perKind} queries of every kind, interleaved, drawn from the vocabulary and the papers. */
    public static List<Query> generate(SyntheticPapers words, List<ParsedPaper> papers, int perKind, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int real = words.realWords();
        int size = words.vocabularySize();
        List<Query> out = new ArrayList<>(perKind * KINDS.size());
        for (int i = 0; i < perKind; i++) {
            String common = words.word(r.nextInt(40));
            String mid = words.word(200 + r.nextInt(Math.max(1, real - 200)));
            String rare = words.word(real + 5_000 + r.nextInt(Math.max(1, size - real - 5_000)));
            out.add(new Query("common word", common));
            out.add(new Query("mid word", mid));
            out.add(new Query("rare word", rare));
            String stem = words.word(r.nextInt(Math.min(real, 2_000)));
            out.add(new Query("prefix", stem.substring(0, Math.min(stem.length(), 2 + r.nextInt(3))) + "*"));
            out.add(new Query("phrase", "\"" + phrase(papers.get(r.nextInt(papers.size())), r) + "\""));
            out.add(new Query("two words", words.word(r.nextInt(300)) + " " + words.word(300 + r.nextInt(Math.max(1, real - 300)))));
            String a = words.word(r.nextInt(500));
            String b = words.word(r.nextInt(3_000));
            String op = switch (r.nextInt(3)) {
                case 0 -> " AND ";
                case 1 -> " OR ";
                default -> " NOT ";
            };
            out.add(new Query("boolean", a + op + b));
            out.add(new Query("model name", words.modelName(r.nextInt(300))));
        }
        return out;
    }

    // two or three neighbouring words of a real abstract, so the phrase is found at least once
    private static String phrase(ParsedPaper p, SplittableRandom r) {
        String[] w = p.abstractText().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim().split(" +");
        int len = 2 + r.nextInt(2);
        int start = r.nextInt(Math.max(1, w.length - len));
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < Math.min(w.length, start + len); i++) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w[i]);
        }
        return sb.toString();
    }
}
