package org.lectern.listing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Any other text (a mail, a chat, a web page): every arXiv id or link, DOI and Hugging Face paper link in it
 * becomes a paper, a placeholder until its details are known. The prose around them is not a listing, so it
 * is not reported line by line.
 */
final class LinkScanFormat {
    static final String NAME = "links";

    /** The papers named in the text, each once, or null when it names none. */
    ParseResult parse(ListingText text) {
        List<ParsedPaper> papers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        text.eachFilledLine((n, line) -> {
            for (Identifiers.Found f : Identifiers.in(line)) {
                if (!seen.add(f.key())) {
                    continue;
                }
                PaperDraft d = new PaperDraft(n);
                d.arxivId = f.arxivId();
                d.url = f.url();
                if (f.doi() != null) {
                    d.title = "doi:" + f.doi();
                }
                papers.add(d.toPaper());
            }
        });
        return papers.isEmpty() ? null : new ParseResult(NAME, papers, List.of());
    }
}
