package org.lectern.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.lectern.library.PaperDate;
import org.lectern.library.Titles;
import org.lectern.listing.ParsedPaper;

/**
 * A deterministic synthetic library: papers that look like a Hugging Face listing (title-cased titles,
 * some led by a model name; abstracts of about 1.1 KB), drawn from a Zipf-distributed vocabulary. The
 * head of the vocabulary is real (the words of the dev listing, most frequent first), so words like
 * "the" or "model" are in nearly every paper; the tail is made-up words that only a few papers share.
 * The same {@code (n, seed)} always gives the same papers.
 */
public final class SyntheticPapers {
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ran", "tes", "vor", "qui", "zel", "pha", "dun", "bri", "sto", "nex", "gal", "ume",
        "tor", "vix", "sel", "mar", "pol", "ren", "dra", "fen", "kio", "lux", "nor", "opa", "tri", "yen", "zu"
    };
    private static final String[] CONNECTORS = {"for", "of", "with", "and", "in", "via", "from", "on", "to"};
    private static final DateTimeFormatter META_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    private static final int DAYS = 7 * 365;

    private final String[] vocabulary;
    private final double[] cumulative;
    private final int realWords;
    private final String[] modelNames;
    private final double[] modelCumulative;

    /** The vocabulary and model names for {@code seed}: real words first, then {@code tail} made-up ones. */
    public SyntheticPapers(long seed, int tail) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5eedL);
        LinkedHashSet<String> words = new LinkedHashSet<>(realVocabulary());
        realWords = words.size();
        while (words.size() < realWords + tail) words.add(madeUpWord(r, 2 + r.nextInt(3)));
        vocabulary = words.toArray(String[]::new);
        cumulative = zipf(vocabulary.length, 1.0, 2.7);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < 1500) names.add(modelName(r));
        modelNames = names.toArray(String[]::new);
        modelCumulative = zipf(modelNames.length, 1.1, 1.0);
    }

    /** A vocabulary of 40,000 made-up words after the real ones. */
    public SyntheticPapers(long seed) {
        this(seed, 40_000);
    }

    /** The word of frequency rank {@code rank} (0 is the most frequent). */
    public String word(int rank) {
        return vocabulary[rank];
    }

    public int vocabularySize() {
        return vocabulary.length;
    }

    /** How many words of the vocabulary are real words (the rest are made up and rare). */
    public int realWords() {
        return realWords;
    }

    /** The model name of rank {@code rank}; the first ones lead many titles. */
    public String modelName(int rank) {
        return modelNames[rank];
    }

    /** {@code n} papers with distinct titles, numbered by line from 1. */
    public List<ParsedPaper> papers(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<ParsedPaper> out = new ArrayList<>(n);
        Set<String> keys = new HashSet<>(n * 2);
        StringBuilder sb = new StringBuilder(2048);
        while (out.size() < n) {
            String model = r.nextDouble() < 0.4 ? modelNames[sample(modelCumulative, r)] : null;
            String title = title(r, model, sb);
            if (!keys.add(Titles.key(title))) continue;
            String abstractText = abstractText(r, model, sb);
            Integer upvotes = r.nextDouble() < 0.05 ? null : (int) Math.min(900, Math.floor(Math.exp(r.nextDouble() * 6.5)));
            int authors = 1 + (int) Math.min(40, Math.floor(Math.exp(r.nextDouble() * 3.2)));
            LocalDate published = FIRST_DAY.plusDays(r.nextInt(DAYS));
            Integer comments = r.nextDouble() < 0.35 ? 1 + r.nextInt(30) : null;
            out.add(new ParsedPaper(out.size() + 1, upvotes, title, abstractText, authors, PaperDate.day(published), comments,
                    null, null, 1.0, null));
        }
        return out;
    }

    /** The Hugging Face one-line form of {@code papers}: {@code UPVOTES TITLE ABSTRACT N authors · Mon D, YYYY [COMMENTS]}. */
    public static String listing(List<ParsedPaper> papers) {
        StringBuilder sb = new StringBuilder(papers.size() * 1300);
        for (ParsedPaper p : papers) line(sb, p);
        return sb.toString();
    }

    static void line(StringBuilder sb, ParsedPaper p) {
        sb.append(p.upvotes() == null ? "-" : p.upvotes().toString()).append(' ')
                .append(p.title()).append(' ').append(p.abstractText()).append(' ')
                .append(p.authors()).append(p.authors() == 1 ? " author" : " authors")
                .append(" \u00b7 ").append(META_DATE.format(p.published().start()));
        if (p.comments() != null) sb.append(' ').append(p.comments());
        sb.append('\n');
    }

    private String title(SplittableRandom r, String model, StringBuilder sb) {
        sb.setLength(0);
        int words;
        if (model != null) {
            sb.append(model).append(": ");
            words = 4 + r.nextInt(6);
        } else {
            words = 6 + r.nextInt(7);
        }
        for (int i = 0; i < words; i++) {
            if (i > 0) sb.append(' ');
            if (i > 0 && i < words - 1 && r.nextDouble() < 0.22) {
                sb.append(CONNECTORS[r.nextInt(CONNECTORS.length)]).append(' ');
            }
            sb.append(capitalize(contentWord(r)));
        }
        return sb.toString();
    }

    private String abstractText(SplittableRandom r, String model, StringBuilder sb) {
        sb.setLength(0);
        int target = (int) Math.max(450, Math.min(2000, 1100 + r.nextGaussian() * 240));
        boolean named = false;
        while (sb.length() < target) {
            if (sb.length() > 0) sb.append(' ');
            int words = 10 + r.nextInt(19);
            for (int i = 0; i < words; i++) {
                if (i > 0) sb.append(r.nextDouble() < 0.06 ? ", " : " ");
                String w;
                if (model != null && !named && i == 2 && sb.length() > 200) {
                    w = model;
                    named = true;
                } else {
                    w = vocabulary[sample(cumulative, r)];
                }
                sb.append(i == 0 ? capitalize(w) : w);
            }
            sb.append('.');
        }
        return sb.toString();
    }

    private String contentWord(SplittableRandom r) {
        while (true) {
            String w = vocabulary[sample(cumulative, r)];
            if (w.length() >= 4) return w;
        }
    }

    private static String capitalize(String w) {
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return w;
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static int sample(double[] cumulative, SplittableRandom r) {
        double u = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
    }

    private static double[] zipf(int size, double exponent, double shift) {
        double[] c = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1.0 / Math.pow(i + shift, exponent);
            c[i] = sum;
        }
        return c;
    }

    private static String madeUpWord(SplittableRandom r, int syllables) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        return sb.toString();
    }

    private static String modelName(SplittableRandom r) {
        String base = madeUpWord(r, 2 + r.nextInt(2));
        String name = switch (r.nextInt(4)) {
            case 0 -> base.toUpperCase(Locale.ROOT);
            case 1 -> capitalize(base) + capitalize(madeUpWord(r, 1));
            default -> capitalize(base);
        };
        return switch (r.nextInt(5)) {
            case 0 -> name + "-" + (2 + r.nextInt(3));
            case 1 -> name + " " + (1 + r.nextInt(3)) + ".0";
            default -> name;
        };
    }

    private static List<String> realVocabulary() {
        try (InputStream in = SyntheticPapers.class.getResourceAsStream("vocabulary.txt")) {
            if (in == null) throw new IllegalStateException("the benchmark vocabulary is missing");
            List<String> out = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    String w = line.strip();
                    if (w.length() > 1 || w.equals("a")) out.add(w);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
