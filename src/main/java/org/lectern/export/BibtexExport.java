package org.lectern.export;

import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lectern.library.Paper;

/** BibTeX entries (@misc, or arXiv e-prints when the id is known) for citing or another manager. */
final class BibtexExport {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private BibtexExport() {
    }

    static void write(List<Paper> papers, Writer out) throws IOException {
        Set<String> keys = new HashSet<>();
        for (Paper p : papers) {
            out.write("@misc{" + uniqueKey(p, keys) + ",\n");
            field(out, "title", "{" + escape(p.title()) + "}");
            if (p.abstractText() != null && !p.abstractText().isEmpty()) field(out, "abstract", escape(p.abstractText()));
            if (p.published() != null) {
                field(out, "year", Integer.toString(p.published().getYear()));
                out.write("  month = " + MONTHS[p.published().getMonthValue() - 1] + ",\n");
                field(out, "date", p.published().toString());
            }
            if (p.arxivId() != null) {
                field(out, "eprint", p.arxivId());
                field(out, "archiveprefix", "arXiv");
            }
            String url = p.url() != null ? p.url() : p.arxivId() != null ? "https://arxiv.org/abs/" + p.arxivId() : null;
            if (url != null) field(out, "url", url);
            if (p.authors() != null) field(out, "note", p.authors() + (p.authors() == 1 ? " author" : " authors"));
            if (!p.tags().isEmpty()) field(out, "keywords", escape(String.join(", ", p.tags())));
            out.write("}\n\n");
        }
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
        String base = word + (p.published() == null ? "" : Integer.toString(p.published().getYear()));
        String key = base;
        for (char suffix = 'a'; !taken.add(key.toLowerCase(Locale.ROOT)); suffix++) key = base + suffix;
        return key;
    }

    /** Braces must balance inside a BibTeX value, and the LaTeX specials must not act. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '\\' -> out.append("\\textbackslash{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
