package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the identifiers of papers anywhere in a line of free text: arXiv ids and links, DOIs, Hugging Face paper links. */
final class Identifiers {
    /** An identifier found in text: an arXiv id (without version) or a DOI, with the link it was written as. */
    record Found(String arxivId, String doi, String url, int start) {
        String key() {
            return arxivId != null ? "arxiv:" + arxivId : "doi:" + doi.toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final String NEW_ID = "(\\d{2}(?:0[1-9]|1[0-2])\\.\\d{4,5})(?:v\\d+)?";
    private static final String OLD_ID = "([a-z][a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?";
    private static final Pattern LINK = Pattern.compile(
            "(?i:https?://)?(?i:(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html|format)/"
                    + "|(?:www\\.)?(?:huggingface\\.co|hf\\.co)/papers/)(?:" + NEW_ID + "|" + OLD_ID + ")(?i:\\.pdf)?");
    private static final Pattern PREFIXED = Pattern.compile("(?:(?i:arxiv)\\s*[:.]?\\s*|\\babs/)(?:" + NEW_ID + "|" + OLD_ID + ")");
    /** A bare new-style id standing alone, not part of a longer number, version string or DOI. */
    private static final Pattern BARE = Pattern.compile("(?<![\\w./:-])" + NEW_ID + "(?![\\w/]|\\.\\d)");
    private static final Pattern DOI = Pattern.compile("(?i:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/[^\\s\"<>]+)");
    private static final Pattern ARXIV_DOI = Pattern.compile("(?i)10\\.48550/arxiv\\.(\\d{4}\\.\\d{4,5})(?:v\\d+)?");

    private Identifiers() {
    }

    /** Every identifier in the line, in the order written; the same paper written twice is found twice. */
    static List<Found> in(String line) {
        List<Found> out = new ArrayList<>();
        if (line.length() > 100_000) {
            line = line.substring(0, 100_000);
        }
        boolean[] taken = new boolean[line.length() + 1];
        Matcher link = LINK.matcher(line);
        while (link.find()) {
            String id = link.group(1) != null ? link.group(1) : link.group(2);
            String url = link.group();
            url = url.regionMatches(true, 0, "http", 0, 4) ? url : "https://" + url;
            out.add(new Found(id, null, url, link.start()));
            mark(taken, link.start(), link.end());
        }
        Matcher doi = DOI.matcher(line);
        while (doi.find()) {
            if (taken[doi.start()]) {
                continue;
            }
            String value = trimTrail(doi.group(1));
            Matcher arxiv = ARXIV_DOI.matcher(value);
            if (arxiv.matches()) {
                out.add(new Found(arxiv.group(1), null, "https://arxiv.org/abs/" + arxiv.group(1), doi.start()));
            } else {
                out.add(new Found(null, value, "https://doi.org/" + value, doi.start()));
            }
            mark(taken, doi.start(), doi.start(1) + value.length());
        }
        for (Pattern p : new Pattern[] {PREFIXED, BARE}) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                if (taken[m.start()]) {
                    continue;
                }
                String id = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
                if (id != null) {
                    out.add(new Found(id, null, null, m.start()));
                    mark(taken, m.start(), m.end());
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    /** The first arXiv id written in the line (as "arXiv:ID", a link or "abs/ID"), or null. */
    static String firstArxivId(String line) {
        for (Found f : in(line)) {
            if (f.arxivId() != null) {
                return f.arxivId();
            }
        }
        return null;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to && i < taken.length; i++) {
            taken[i] = true;
        }
    }

    /** A DOI in prose ends before the sentence's punctuation and an unmatched closing bracket. */
    private static String trimTrail(String doi) {
        String s = doi;
        while (!s.isEmpty() && ".,;:!?'\"".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        while (s.endsWith(")") && count(s, '(') < count(s, ')')) {
            s = s.substring(0, s.length() - 1);
        }
        while (s.endsWith("]") && count(s, '[') < count(s, ']')) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
