package org.lectern.lookup;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lectern.library.Paper;
import org.lectern.library.PaperDate;
import org.lectern.library.Titles;
import org.lectern.store.PaperEdits.Field;

/**
 * What a match on arXiv changes in a paper: its arXiv id, author names and count, first-version date,
 * abstract link, and arXiv's title, with the listing's abstract cut where arXiv's title ends (the
 * listing's own text is kept; arXiv's summary only fills an abstract the paper lacks).
 */
public final class Enrichment {
    private Enrichment() {
    }

    /** The fields that differ from the paper, for an {@code EditPaper}; empty when the paper already agrees. */
    public static Map<Field, Object> changes(Paper p, ArxivEntry e) {
        Map<Field, Object> out = new EnumMap<>(Field.class);
        if (!e.arxivId().equals(p.arxivId())) out.put(Field.ARXIV_ID, e.arxivId());
        if (!e.authors().isEmpty() && !e.authors().equals(p.authorNames())) out.put(Field.AUTHOR_NAMES, e.authors());
        if (!e.authors().isEmpty() && !Objects.equals(p.authors(), e.authors().size())) out.put(Field.AUTHORS, e.authors().size());
        PaperDate published = PaperDate.dayOrNull(e.published());
        if (published != null && !published.equals(p.published())) out.put(Field.PUBLISHED, published);
        if (e.absLink() != null && !e.absLink().equals(p.url())) out.put(Field.URL, e.absLink());
        if (!e.title().isEmpty() && !e.title().equals(p.title())) {
            out.put(Field.TITLE, e.title());
            String abs = resplit(p.title(), p.abstractText(), e.title());
            if (abs == null) abs = isBlank(p.abstractText()) ? e.summary() : p.abstractText();
            if (!abs.equals(p.abstractText())) out.put(Field.ABSTRACT, abs);
        } else if (isBlank(p.abstractText()) && !e.summary().isEmpty()) {
            out.put(Field.ABSTRACT, e.summary());
        }
        return out;
    }

    /**
     * The listing's abstract once its whole text is cut after the words that make arXiv's title, or
     * null when the text does not begin with that title.
     */
    static String resplit(String title, String abstractText, String arxivTitle) {
        String whole = (title + " " + (abstractText == null ? "" : abstractText)).strip();
        String target = Titles.key(arxivTitle);
        if (target.isEmpty()) return null;
        String[] words = whole.split("\\s+");
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) head.append(' ');
            head.append(words[i]);
            String key = Titles.key(head.toString());
            if (key.equals(target)) return String.join(" ", List.of(words).subList(i + 1, words.length));
            if (key.length() > target.length() + 2) return null;
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
