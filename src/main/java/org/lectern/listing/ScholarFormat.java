package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lectern.library.PaperDate;

/**
 * Google Scholar results as copied: an optional "[PDF] host" line, the title, the byline
 * "A Zhang, C Wang… - arXiv preprint arXiv:2403.09919, 2024 - arxiv.org", a snippet, then
 * "Save Cite Cited by N Related articles All N versions". An arXiv id in the byline is the paper's id.
 */
final class ScholarFormat {
    static final String NAME = "scholar";

    /** "[PDF] arxiv.org", "[HTML] nature.com": the link beside a result, not its title. */
    static final Pattern FILE_LINK = Pattern.compile("^\\[(?:PDF|HTML|DOC|DOCX|PS)\\]\\s*\\S+$");
    /** The tags Scholar puts before some titles: [BOOK][B], [CITATION][C], [HTML][HTML]. */
    private static final Pattern TITLE_TAGS = Pattern.compile("^(?:\\[[A-Z]{1,8}\\]\\s*)+");
    static final Pattern FOOTER = Pattern.compile("^(?:☆\\s*)?(?:Save\\s+)?(?:Cite\\s+)?(?:Cited by\\s+\\d+|Related articles"
            + "|All\\s+\\d+\\s+versions|Import into BibTeX).*$");
    /** An author as Scholar writes one: initials then a surname, "A Zhang", "WR Huang", "RS Roman", "JP de la Cruz". */
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?:[A-Z\\p{Lu}]{1,4}\\s+)?[\\p{L}'’.\\-]+(?:\\s+[\\p{L}'’.\\-]+){0,3}$");
    private static final Pattern YEAR = Pattern.compile("(?:^|[\\s,])((?:19|20)\\d{2})\\s*$");

    /** Reads the listing's lines, {@link ShapeText#cleanLines cleaned}. */
    ParseResult parse(List<String> lines) {
        List<ParsedPaper> papers = new ArrayList<>();
        int boundary = 0; // the first line that may belong to the next result
        for (int i = 0; i < lines.size(); i++) {
            String[] byline = byline(lines.get(i));
            if (byline == null) {
                continue;
            }
            // the title: the lines above the byline back to the previous result, a blank or the file link
            int from = i;
            while (from - 1 >= boundary && !lines.get(from - 1).isEmpty()
                    && !FILE_LINK.matcher(lines.get(from - 1)).matches()
                    && !FOOTER.matcher(lines.get(from - 1)).matches() && i - from < 3) {
                from--;
            }
            if (from == i) {
                continue; // a byline without a title above it is not a result
            }
            PaperDraft d = new PaperDraft(from + 1);
            d.title = TITLE_TAGS.matcher(ShapeText.join(lines.subList(from, i))).replaceFirst("").strip();
            boolean[] cut = new boolean[1];
            d.names = ShapeText.names(byline[0], cut);
            d.namesCut = cut[0] || ShapeText.isCut(byline[0]);
            String venue = byline[1];
            d.arxivId = Identifiers.firstArxivId(venue);
            Matcher y = YEAR.matcher(venue);
            if (y.find()) {
                d.published = PaperDate.year(Integer.parseInt(y.group(1)));
            }
            List<String> snippet = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.size(); j++) {
                String l = lines.get(j);
                if (l.isEmpty() || FILE_LINK.matcher(l).matches() || byline(l) != null
                        || (j + 1 < lines.size() && byline(lines.get(j + 1)) != null)) {
                    break;
                }
                if (FOOTER.matcher(l).matches()) {
                    j++;
                    break;
                }
                snippet.add(l);
            }
            d.abstractText = ShapeText.join(snippet);
            papers.add(d.toPaper());
            boundary = j;
            i = j - 1;
        }
        return new ParseResult(NAME, papers, List.of());
    }

    /** {authors, venue and year} of a Scholar byline, or null when the line is not one. */
    static String[] byline(String line) {
        int dash = line.indexOf(" - ");
        if (dash <= 0 || line.length() > 400) {
            return null;
        }
        String authors = line.substring(0, dash).strip();
        String rest = line.substring(dash + 3).strip();
        int host = rest.lastIndexOf(" - ");
        String venue = host >= 0 ? rest.substring(0, host).strip() : rest;
        String list = authors.replace("…", "").replace("...", "").strip();
        if (list.isEmpty()) {
            return null;
        }
        int names = 0;
        for (String a : list.split(",")) {
            String name = a.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!AUTHOR.matcher(name).matches() || !startsWithInitials(name)) {
                return null;
            }
            names++;
        }
        boolean dated = YEAR.matcher(venue).find() || venue.matches(".*\\b(19|20)\\d{2}\\b.*");
        return names > 0 && (dated || host >= 0) ? new String[] {authors, venue} : null;
    }

    /** Scholar shortens given names to capital initials: "A Zhang", "WR Huang". */
    private static boolean startsWithInitials(String name) {
        int space = name.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String first = name.substring(0, space);
        for (int k = 0; k < first.length(); k++) {
            if (!Character.isUpperCase(first.charAt(k))) {
                return false;
            }
        }
        return first.length() <= 4;
    }
}
