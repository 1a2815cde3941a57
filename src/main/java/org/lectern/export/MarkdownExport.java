package org.lectern.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.lectern.library.Paper;

/** A readable Markdown reading list: one section per paper with its meta line, abstract and note. */
final class MarkdownExport {
    private MarkdownExport() {
    }

    /** "A, B and C", or the first ten and "et al." when more are named or counted. */
    private static String names(Paper p) {
        List<String> names = p.authorNames();
        int shown = Math.min(names.size(), 10);
        String list = String.join(", ", names.subList(0, shown));
        boolean more = shown < names.size() || (p.authors() != null && p.authors() > names.size());
        if (more) return list + " et al.";
        return shown == 1 ? list : String.join(", ", names.subList(0, shown - 1)) + " and " + names.get(shown - 1);
    }

    static void write(List<Paper> papers, Writer out) throws IOException {
        out.write("# Reading list\n\n");
        out.write(papers.size() + (papers.size() == 1 ? " paper" : " papers") + "\n");
        for (Paper p : papers) {
            out.write("\n## " + p.title().replace("\n", " ") + "\n\n");
            StringBuilder meta = new StringBuilder("*").append(p.status().label()).append('*');
            if (p.published() != null) meta.append(" · ").append(p.published());
            if (p.authors() != null) meta.append(" · ").append(p.authors()).append(p.authors() == 1 ? " author" : " authors");
            if (p.upvotes() != null) meta.append(" · ").append(p.upvotes()).append(p.upvotes() == 1 ? " upvote" : " upvotes");
            if (p.arxivId() != null) meta.append(" · [arXiv:").append(p.arxivId()).append("](https://arxiv.org/abs/")
                    .append(p.arxivId()).append(')');
            out.write(meta + "\n");
            if (!p.authorNames().isEmpty()) out.write("\n" + names(p) + "\n");
            if (!p.families().isEmpty()) out.write("\nFamilies: " + String.join(", ", p.families()) + "\n");
            if (!p.tags().isEmpty()) out.write("\nTags: " + String.join(", ", p.tags()) + "\n");
            if (p.abstractText() != null && !p.abstractText().isEmpty()) out.write("\n> " + p.abstractText() + "\n");
            if (p.note() != null && !p.note().isBlank()) out.write("\n### Note\n\n" + p.note().strip() + "\n");
        }
    }
}
