package org.lectern.listing;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperDate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text copied from arXiv, Hugging Face, Google Scholar and DBLP pages: the dev samples read exactly, and
 * other papers written in the same shapes (with blank lines, missing optional lines, no-break spaces, cut
 * author lists and link variants) read at 98% or better per shape.
 */
class CopiedPagesTest {
    /** The other-paper cards drop the year for 2026, the year this clock is in. */
    private static final Clock MID_2026 = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);

    /** A shape of copied page: its name in the truth files, the format it reads as, whether its names are checked. */
    private record Shape(String name, String format, boolean names) {
    }

    private static final Shape ARXIV_LIST = new Shape("arxiv-list", ArxivListFormat.NAME, true);
    private static final Shape ARXIV_SEARCH = new Shape("arxiv-search", ArxivListFormat.NAME, true);
    private static final Shape HF_CARDS = new Shape("hf-cards", HuggingFaceCardFormat.NAME, false);
    private static final Shape SCHOLAR = new Shape("scholar", ScholarFormat.NAME, true);
    private static final Shape DBLP = new Shape("dblp", DblpFormat.NAME, true);

    @Test
    void devSamplesReadExactly() {
        for (Shape shape : List.of(ARXIV_LIST, HF_CARDS, SCHOLAR, DBLP)) {
            check(shape.name() + ".txt", "truth.json", shape, 1.0);
        }
    }

    @Test
    void otherPapersInTheSameShapes() {
        for (Shape shape : List.of(ARXIV_LIST, ARXIV_SEARCH, HF_CARDS, SCHOLAR, DBLP)) {
            check(shape.name() + "-other.txt", "truth-other.json", shape, 0.98);
        }
    }

    @Test
    void devSamplesSurviveHowPagesAreCopied() {
        String[][] shapes = {{"arxiv-list.txt", "arxiv-list"}, {"hf-cards.txt", "hf-cards"}, {"scholar.txt", "scholar"},
            {"dblp.txt", "dblp"}};
        for (String[] s : shapes) {
            String text = ShapeFixtures.text(s[0]);
            // extra blank lines, no-break spaces, CRLF, and the optional lines left out
            String varied = text.replace("\n\n", "\n\n\n").replace(" • ", "\u00A0•\u00A0").replace("]  arXiv", "]\u00A0 arXiv")
                    .replaceAll("(?m)^(Comments|Subjects|Journal-ref): .*\n", "")
                    .replaceAll("(?m)^\\[PDF\\] .*\n", "")
                    .replaceAll("(?m)^Save Cite .*\n", "")
                    .replace("\n", "\r\n");
            ParseResult r = Listings.parse(varied, MID_2026);
            List<ShapeFixtures.Truth> truth = ShapeFixtures.truth("truth.json", s[1]);
            assertEquals(truth.stream().map(ShapeFixtures.Truth::title).toList(),
                    r.papers().stream().map(ParsedPaper::title).toList(), s[0]);
            assertEquals(truth.stream().map(ShapeFixtures.Truth::arxivId).toList(),
                    r.papers().stream().map(ParsedPaper::arxivId).toList(), s[0]);
        }
    }

    @Test
    void cardsWithoutAYearAreDatedFromTheClock() {
        ParseResult r = Listings.parse(ShapeFixtures.text("hf-cards-other.txt"), MID_2026);
        List<String> expected = ShapeFixtures.published("truth-other.json", "hf-cards");
        List<String> got = r.papers().stream().map(p -> String.valueOf(p.published())).toList();
        assertEquals(expected, got);
        String card = "Some Title\nPaper • 2512.01234 • Published Dec 30 • 4\n";
        PaperDate early = Listings.parse(card, Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), ZoneOffset.UTC))
                .papers().get(0).published();
        assertEquals(PaperDate.day(2026, 12, 30), early, "a day still to come this year is last year's");
    }

    @Test
    void cardCommentCountsAndUpvotes() {
        String cards = "First Paper Title\n\nPaper\u00A0•\u00A02601.00001\u00A0•\u00A0Published Jan 3, 2026\u00A0•\u00A01.2k\n7\n"
                + "2048\nPaper • 2601.00002 • Published Jan 4, 2026 • 9\n";
        ParseResult r = Listings.parse(cards, MID_2026);
        assertEquals(HuggingFaceCardFormat.NAME, r.format());
        assertEquals(2, r.papers().size());
        assertEquals(1200, r.papers().get(0).upvotes());
        assertEquals(7, r.papers().get(0).comments());
        assertEquals("2048", r.papers().get(1).title(), "a number above a card is its title, not a comment count");
        assertEquals(9, r.papers().get(1).upvotes());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void sectionHeadingsAreNotPapers() {
        String page = "New submissions (showing 1 of 1 entries)\n\n[1]  arXiv:2601.00001  [pdf, html, other]\n"
                + "Title: A Paper\nAuthors: Ann Lee, Bo Chen and Cy Diaz\nSubjects: Robotics (cs.RO)\nAn abstract.\n\n"
                + "Cross submissions (showing 1 of 1 entries)\n\n[2]  arXiv:2601.00002v2 (cross-list from cs.CL)  [pdf]\n"
                + "Title: Another Paper\nAuthors: Di Ek\nThe second abstract.\n\nReplacement submissions (showing 0 of 0 entries)\n";
        ParseResult r = Listings.parse(page);
        assertEquals(ArxivListFormat.NAME, r.format());
        assertEquals(List.of("A Paper", "Another Paper"), r.papers().stream().map(ParsedPaper::title).toList());
        assertEquals(List.of("Ann Lee", "Bo Chen", "Cy Diaz"), r.papers().get(0).authorNames());
        assertEquals("An abstract.", r.papers().get(0).abstractText());
        assertEquals("The second abstract.", r.papers().get(1).abstractText());
        assertEquals("2601.00002", r.papers().get(1).arxivId());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void idsInProseBecomePapersWithoutLineByLineErrors() {
        String mail = "Hi,\n\nhave a look at arXiv:2401.01234v2 and https://arxiv.org/pdf/2402.05678.pdf, also\n"
                + "https://huggingface.co/papers/2403.09919 (and again 2401.01234). The journal version is\n"
                + "doi:10.1145/3580305.3599256. Version 1.2.3 of the code, 2024.05 release.\nBest, Ann\n";
        ParseResult r = Listings.parse(mail);
        assertEquals(LinkScanFormat.NAME, r.format());
        assertEquals(List.of(), r.diagnostics());
        List<String> ids = new ArrayList<>();
        for (ParsedPaper p : r.papers()) {
            ids.add(p.arxivId() != null ? p.arxivId() : p.url());
        }
        assertEquals(List.of("2401.01234", "2402.05678", "2403.09919", "https://doi.org/10.1145/3580305.3599256"), ids);
        assertEquals("arXiv:2401.01234", r.papers().get(0).title(), "a placeholder until the details are known");
        assertEquals(3, r.papers().get(0).line());
        assertEquals(5, r.papers().get(3).line());
    }

    @Test
    void proseNamingNoPaperIsStillUnknown() {
        ParseResult r = Listings.parse("Dear reader,\nnothing here.\n");
        assertEquals(FormatDetector.UNKNOWN, r.format());
        assertEquals(2, r.diagnostics().size());
    }

    /** Reads a sample and compares every paper with its truth; asserts at least {@code bar} of them match. */
    private static void check(String file, String truthFile, Shape page, double bar) {
        String shape = page.name();
        String format = page.format();
        boolean names = page.names();
        ParseResult r = Listings.parse(ShapeFixtures.text(file), MID_2026);
        List<ShapeFixtures.Truth> truth = ShapeFixtures.truth(truthFile, shape);
        assertEquals(format, r.format(), file);
        assertEquals(truth.size(), r.papers().size(), file + ": papers read");
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < truth.size(); i++) {
            ParsedPaper p = r.papers().get(i);
            ShapeFixtures.Truth t = truth.get(i);
            boolean ok = t.title().equals(p.title()) && Objects.equals(t.arxivId(), p.arxivId())
                    && (!names || sameNames(shape, t.names(), p.authorNames()));
            if (ok) {
                right++;
            } else {
                wrong.add(p.title() + " " + p.arxivId() + " " + p.authorNames() + " | " + t);
            }
        }
        double accuracy = right / (double) truth.size();
        System.out.printf("%s (%s): %d of %d papers exact (%.1f%%)%n", file, shape, right, truth.size(), 100 * accuracy);
        assertTrue(accuracy >= bar, file + ": " + wrong);
        assertEquals(List.of(), r.diagnostics(), file);
    }

    /** Scholar shows initials and a surname for the first few authors; the others show every name in full. */
    private static boolean sameNames(String shape, List<String> truth, List<String> got) {
        if (!shape.equals("scholar")) {
            return truth.equals(got);
        }
        if (got.isEmpty() || got.size() > truth.size()) {
            return false;
        }
        for (int i = 0; i < got.size(); i++) {
            String[] a = truth.get(i).split(" ");
            String[] b = got.get(i).split(" ");
            if (!a[a.length - 1].equals(b[b.length - 1])) {
                return false;
            }
        }
        return true;
    }
}
