package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads lists of arXiv ids or links, one per line ("2401.01234", "arXiv:2401.01234v2", ".../abs/...", ".../pdf/..."). */
public final class ArxivIdFormat {
    static final String NAME = "arxiv-ids";

    /** New ids (YYMM.NNNNN) and old ones (hep-th/9901001), each with an optional version. */
    private static final String ID = "(\\d{4}\\.\\d{4,5}|[a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?";
    private static final Pattern BARE = Pattern.compile("(?i:arxiv:\\s*)?" + ID + "(?:\\.pdf)?");
    private static final Pattern LINK = Pattern.compile(
            "(?i:https?://)?(?i:(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html|format)/|(?:www\\.)?(?:huggingface\\.co|hf\\.co)/papers/)"
                    + ID + "(?i:\\.pdf)?/?(?:[?#]\\S*)?");

    ParseResult parse(ListingText text) {
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        text.eachFilledLine((n, line) -> {
            String[] found = idOf(line);
            if (found == null) {
                diagnostics.add(new Diagnostic(n, "not an arXiv id or arXiv link (expected e.g. 2401.01234 or "
                        + "https://arxiv.org/abs/2401.01234)"));
                return;
            }
            String id = found[0];
            String url = found[1] != null ? found[1] : "https://arxiv.org/abs/" + id;
            // without network access the title is a placeholder the library can fill in later
            papers.add(new ParsedPaper(n, null, "arXiv:" + id, "", null, null, null, id, url, 1, null));
        });
        return new ParseResult(NAME, papers, diagnostics);
    }

    /** {id without version, the link as written or null}, or null when the line's first word is neither. */
    static String[] idOf(String line) {
        String token = line.strip();
        int space = indexOfSpace(token);
        if (space >= 0) {
            token = token.substring(0, space);
        }
        if (token.length() > 200) {
            return null;
        }
        token = stripBrackets(token);
        Matcher bare = BARE.matcher(token);
        if (bare.matches()) {
            return new String[] {bare.group(1), null};
        }
        Matcher link = LINK.matcher(token);
        if (link.matches()) {
            String url = token.regionMatches(true, 0, "http", 0, 4) ? token : "https://" + token;
            return new String[] {link.group(1), url};
        }
        return null;
    }

    private static int indexOfSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String stripBrackets(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && "<([\"'".indexOf(token.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ">)]\"',;".indexOf(token.charAt(to - 1)) >= 0) {
            to--;
        }
        return token.substring(from, to);
    }
}
