package org.lectern.listing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** arXiv ids and DOIs found where bibliographies put them: e-print fields, DOIs, links and free text. */
final class PaperIds {
    private PaperIds() {
    }

    private static final String ID = "(\\d{4}\\.\\d{4,5}|[a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?";
    /** "arXiv:2401.01234", "arXiv preprint arXiv:2401.01234", "arxiv.org/abs/…", "10.48550/arXiv.2401.01234". */
    private static final Pattern ARXIV_IN_TEXT = Pattern.compile(
            "(?i:arxiv(?:\\.org/(?:abs|pdf|html)/|[:.\\s]\\s*(?:preprint\\s+)?(?:arxiv:\\s*)?))" + ID + "\\b");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([_%&#$~])");
    private static final Pattern LINK = Pattern.compile("(?i)\\bhttps?://\\S+");
    private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/\\S+)");

    /** The id an e-print field holds, or null. */
    static String arxivOfEprint(String eprint) {
        if (eprint == null) {
            return null;
        }
        String[] id = ArxivIdFormat.idOf(eprint.strip());
        return id == null ? null : id[0];
    }

    /** An arXiv id mentioned in free text or a link, or null. */
    static String arxivInText(String text) {
        if (text == null || !containsArxiv(text)) {
            return null;
        }
        Matcher m = ARXIV_IN_TEXT.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** A cheap look for "arxiv" in any case before the pattern runs. */
    private static boolean containsArxiv(String text) {
        for (int i = 0; i + 5 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'a' || c == 'A') && text.regionMatches(true, i, "arxiv", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** The DOI of a DOI field or link ("10.1000/xyz", "doi:10.1000/xyz", "https://doi.org/10.1000/xyz"), or null. */
    static String doi(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DOI.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        String doi = m.group(1);
        while (!doi.isEmpty() && ".,;)]}>".indexOf(doi.charAt(doi.length() - 1)) >= 0) {
            doi = doi.substring(0, doi.length() - 1);
        }
        return doi;
    }

    /** Whether a link is a DOI resolver's. */
    static boolean isDoiLink(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.contains("://doi.org/") || u.contains("://dx.doi.org/") || u.contains("://www.doi.org/");
    }

    /** The first http(s) link in a field, without LaTeX escapes (escaped underscores and percent signs, url commands), or null. */
    static String link(String text) {
        if (text == null) {
            return null;
        }
        if (text.indexOf("http") < 0) {
            return null;
        }
        String t = ESCAPE.matcher(text).replaceAll("$1").replace("{", " ").replace("}", " ");
        Matcher m = LINK.matcher(t);
        return m.find() ? m.group() : null;
    }
}
