package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lectern.library.PaperDate;

/**
 * DBLP entries as copied: "Name, Name, …:" then "Title. Venue YEAR" (on the same line or the next);
 * "CoRR abs/2401.05566 (2024)" carries the arXiv id. Year headings and entry marks ("[i12]") are skipped.
 */
final class DblpFormat {
    static final String NAME = "dblp";

    /** A name list ending with a colon: every name is a few capitalised words, perhaps with a homonym number. */
    static final Pattern NAMES = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:\\s+[\\p{L}\\p{M}'’.\\-]+){0,5}(?:\\s+\\d{4})?"
                    + "(?:,\\s*(?:\\p{L}[\\p{L}\\p{M}'’.\\-]*(?:\\s+[\\p{L}\\p{M}'’.\\-]+){0,5}(?:\\s+\\d{4})?|…|\\.\\.\\.|\\[…\\])?)*)"
                    + "\\s*:\\s*(.*)$");
    private static final Pattern CORR = Pattern.compile("^(.*?[.?!])?\\s*CoRR\\s+abs/(\\S+)\\s*\\(((?:19|20)\\d{2})\\)\\s*$");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    /** One author written alone: two to four capitalised words or initials, "Omar J. Patel". */
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?|de|la|van|von|der|da|di|le)){1,3}(?:\\s+\\d{4})?$");
    private static final Pattern SKIP = Pattern.compile("^(?:\\[[a-z]{1,2}\\d+\\]|(?:19|20)\\d{2}|\\d+)$");

    /** Reads the listing's lines, {@link ShapeText#cleanLines cleaned}. */
    ParseResult parse(List<String> lines) {
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NAMES.matcher(lines.get(i));
            if (!isNameLine(lines.get(i), m)) {
                continue;
            }
            String entry = m.group(2).strip();
            int start = i;
            if (entry.isEmpty()) {
                int next = i + 1;
                while (next < lines.size() && (lines.get(next).isEmpty() || SKIP.matcher(lines.get(next)).matches())) {
                    next++;
                }
                if (next >= lines.size()) {
                    break;
                }
                entry = lines.get(next);
                i = next;
            }
            PaperDraft d = new PaperDraft(start + 1);
            boolean[] cut = new boolean[1];
            d.names = ShapeText.names(m.group(1), cut);
            d.namesCut = cut[0];
            if (!titleAndVenue(d, entry)) {
                diagnostics.add(new Diagnostic(i + 1, "a DBLP entry without 'Title. Venue YEAR' after its authors"));
                continue;
            }
            papers.add(d.toPaper());
        }
        return new ParseResult(NAME, papers, diagnostics);
    }

    /** A name line: the names, a colon, and either nothing or the start of the title after it. */
    static boolean isNameLine(String line, Matcher m) {
        if (!line.contains(":") || line.length() > 5000 || !m.matches()) {
            return false;
        }
        // "Title: subtitle. Venue 2024" also matches: a list has commas, ends the line, or is one person's name
        String names = m.group(1);
        return names.contains(",") || m.group(2).isBlank() || PERSON.matcher(names).matches();
    }

    /** Reads "Title. Venue YEAR" into the draft; false when the line has no venue with a year. */
    static boolean titleAndVenue(PaperDraft d, String entry) {
        Matcher corr = CORR.matcher(entry);
        if (corr.matches()) {
            d.title = stripEnd(corr.group(1) == null ? "" : corr.group(1));
            d.arxivId = Identifiers.firstArxivId("abs/" + corr.group(2));
            d.published = PaperDate.year(Integer.parseInt(corr.group(3)));
            return !d.title.isEmpty();
        }
        int split = venueStart(entry);
        if (split < 0) {
            return false;
        }
        d.title = stripEnd(entry.substring(0, split));
        String venue = entry.substring(split);
        Matcher y = YEAR.matcher(venue);
        String year = null;
        while (y.find()) {
            year = y.group(1);
        }
        if (year != null) {
            d.published = PaperDate.year(Integer.parseInt(year));
        }
        d.arxivId = Identifiers.firstArxivId(venue);
        return !d.title.isEmpty();
    }

    /**
     * Where the venue begins. DBLP ends a title with "." unless it ends with "?" or "!", and venue names are
     * abbreviated with dots ("Trans. Mach. Learn. Res. 2024"): so the first ". " whose rest holds a year
     * wins, and a "? " or "! " only when no ". " does.
     */
    private static int venueStart(String entry) {
        int question = -1;
        for (int k = 0; k + 1 < entry.length(); k++) {
            char c = entry.charAt(k);
            if ((c == '.' || c == '?' || c == '!') && entry.charAt(k + 1) == ' ' && k > 0) {
                String rest = entry.substring(k + 2);
                if (!YEAR.matcher(rest).find()) {
                    continue;
                }
                if (c == '.') {
                    return k + 2;
                }
                question = k + 2;
            }
        }
        return question;
    }

    private static String stripEnd(String title) {
        String t = title.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
