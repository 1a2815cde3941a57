package org.lectern.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lectern.library.Paper;

/**
 * BibTeX entries (@misc, with the arXiv e-print fields when the id is known) for citing or another manager.
 * A paper that came from a BibTeX file keeps its citation key, and Lectern reads the file back to the same
 * papers.
 */
final class BibtexExport {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private BibtexExport() {
    }

    static void write(List<Paper> papers, Writer out) throws IOException {
        Set<String> keys = new HashSet<>();
        // kept keys are claimed first, so a made-up key never takes one a paper further down came with
        for (Paper p : papers) {
            if (keptKey(p) != null) keys.add(keptKey(p).toLowerCase(Locale.ROOT));
        }
        Set<String> written = new HashSet<>();
        for (Paper p : papers) {
            String kept = keptKey(p);
            String key = kept != null && written.add(kept.toLowerCase(Locale.ROOT)) ? kept : uniqueKey(p, keys);
            written.add(key.toLowerCase(Locale.ROOT));
            out.write("@misc{" + key + ",\n");
            field(out, "title", "{" + escape(p.title()) + "}");
            if (!p.authorNames().isEmpty()) {
                field(out, "author", authors(p));
            } else if (p.authors() != null) {
                field(out, "note", p.authors() + (p.authors() == 1 ? " author" : " authors"));
            }
            if (p.abstractText() != null && !p.abstractText().isEmpty()) field(out, "abstract", escape(p.abstractText()));
            if (p.published() != null) {
                // a year alone is written as the year, a month as year and month: no month or day nobody gave
                field(out, "year", Integer.toString(p.published().year()));
                if (!p.published().yearOnly()) {
                    out.write("  month = " + MONTHS[p.published().start().getMonthValue() - 1] + ",\n");
                    field(out, "date", p.published().toString());
                }
            }
            if (p.arxivId() != null) {
                field(out, "eprint", p.arxivId());
                field(out, "archivePrefix", "arXiv");
            }
            String url = p.url() != null ? p.url() : p.arxivId() != null ? "https://arxiv.org/abs/" + p.arxivId() : null;
            if (url != null) field(out, "url", url);
            if (!p.tags().isEmpty()) field(out, "keywords", escape(String.join(", ", p.tags())));
            out.write("}\n\n");
        }
    }

    /** The key a paper came with, when it can stand as a BibTeX key (no spaces, commas or braces). */
    private static String keptKey(Paper p) {
        String k = p.bibtexKey();
        return k == null || k.isBlank() || !k.strip().matches("[^\\s,{}()\"#%'=\\\\]+") ? null : k.strip();
    }

    /** "A and B": a name holding " and " or a comma is braced so it stays one name, in the order read. */
    private static String authors(Paper p) {
        List<String> names = new ArrayList<>();
        for (String n : p.authorNames()) {
            String e = escape(n);
            boolean braced = n.contains(",") || n.toLowerCase(Locale.ROOT).matches(".*\\sand\\s.*")
                    || n.equalsIgnoreCase("others");
            names.add(braced ? "{" + e + "}" : e);
        }
        if (p.authors() != null && p.authors() > p.authorNames().size()) names.add("others");
        return String.join(" and ", names);
    }

    private static void field(Writer out, String name, String value) throws IOException {
        out.write("  " + name + " = {" + value + "},\n");
    }

    /** Words that say nothing about a paper, so a key never starts with them. */
    private static final Set<String> SKIPPED = Set.of("a", "an", "the", "on", "in", "of", "for", "to", "and",
            "with", "towards", "toward", "via", "from", "beyond", "is", "are", "how", "what", "when", "why");

    /** The first telling word of the title (a model name, usually) and the year: "ernie2019". */
    private static String uniqueKey(Paper p, Set<String> taken) {
        String word = "paper";
        for (String w : p.title().split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            if (lower.length() >= 2 && !SKIPPED.contains(lower)) {
                word = lower;
                break;
            }
        }
        String base = word + (p.published() == null ? "" : Integer.toString(p.published().year()));
        String key = base;
        for (char suffix = 'a'; !taken.add(key.toLowerCase(Locale.ROOT)); suffix++) key = base + suffix;
        return key;
    }

    /**
     * Braces must balance inside a BibTeX value, and the LaTeX specials must not act: neither the escaped
     * characters nor the ligatures ("--", "``", "''") and the tie ("~") a reader would turn into other text.
     */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '`' -> out.append("\\textasciigrave{}");
                case '-', '\'' -> {
                    out.append(c);
                    if (i + 1 < s.length() && s.charAt(i + 1) == c) out.append("{}");
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
