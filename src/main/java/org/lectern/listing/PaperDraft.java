package org.lectern.listing;

import java.util.List;

import org.lectern.library.PaperDate;

/**
 * A paper being read from a shaped listing (arXiv, Hugging Face cards, Scholar, DBLP, links), filled in
 * field by field as its lines go by; {@link #toPaper()} makes the finished {@link ParsedPaper}.
 */
final class PaperDraft {
    final int line;
    String title;
    String abstractText = "";
    String arxivId;
    String url;
    List<String> names;
    /** True when the listing cut the author list short ("…"): the names are then not all of them. */
    boolean namesCut;
    Integer upvotes;
    Integer comments;
    PaperDate published;

    PaperDraft(int line) {
        this.line = line;
    }

    /** The title, or a placeholder naming the paper's id until the library learns the real one. */
    String titleOrPlaceholder() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (arxivId != null) {
            return "arXiv:" + arxivId;
        }
        return url != null ? url : "untitled paper";
    }

    ParsedPaper toPaper() {
        String link = url != null ? url : arxivId != null ? "https://arxiv.org/abs/" + arxivId : null;
        Integer count = names == null || namesCut || names.isEmpty() ? null : names.size();
        return new ParsedPaper(line, upvotes, titleOrPlaceholder(), abstractText == null ? "" : abstractText,
                count, published, comments, arxivId, link, 1, null, names == null ? List.of() : names);
    }
}
