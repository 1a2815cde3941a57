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

    private static String uniqueKey(Paper p, Set<String> taken) {
        StringBuilder word = new StringBuilder();
        for (char c : p.title().toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) word.append(Character.toLowerCase(c));
            else if (word.length() >= 3) break;
            else word.setLength(0);
        }
        String base = (word.length() == 0 ? "paper" : word.toString())
                + (p.published() == null ? "" : Integer.toString(p.published().getYear()));
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
