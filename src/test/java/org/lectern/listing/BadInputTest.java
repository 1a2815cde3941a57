package org.lectern.listing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Empty, binary, foreign and partly broken listings, and line-end variants. */
class BadInputTest {

    private static final String GOOD_1 = "5 Tiny Paper Titles Work We show that titles can be split. 3 authors · Jan 5, 2024";
    private static final String GOOD_2 = "- Another Good Title In this paper we test the parser. 1 author · Feb 29, 2024 7";

    @Test
    void emptyTextSaysSo() {
        for (String text : new String[] {"", "   \n\n\t", "\uFEFF", null}) {
            ParseResult r = Listings.parse(text);
            assertEquals(List.of(new Diagnostic(1, "the listing is empty")), r.diagnostics());
            assertEquals(List.of(), r.papers());
        }
    }

    @Test
    void binaryDataIsOneShortDiagnostic() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        ParseResult r = Listings.parse(new String(bytes, StandardCharsets.ISO_8859_1));
        assertEquals(1, r.diagnostics().size());
        assertTrue(r.diagnostics().get(0).message().startsWith("binary data"), r.diagnostics().toString());
        ParseResult utf8 = Listings.parse(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(1, utf8.diagnostics().size());
        assertEquals(List.of(), utf8.papers());
    }

    @Test
    void proseIsDiagnosedLineByLine() {
        String text = "Dear reader,\n\nthis is a letter, not a listing.\nRegards";
        ParseResult r = Listings.parse(text);
        assertEquals("unknown", r.format());
        assertEquals(List.of(1, 3, 4), r.diagnostics().stream().map(Diagnostic::line).toList());
        assertTrue(r.diagnostics().get(0).message().contains("6 authors · Dec 13, 2022"));
    }

    @Test
    void brokenLinesAreReportedAndGoodPapersRead() {
        String text = String.join("\n", GOOD_1, "a line without any meta", "", GOOD_2,
                "7 Title Only Abstract too 3 authors ·", "  ");
        ParseResult r = Listings.parse(text);
        assertEquals("huggingface-line", r.format());
        assertEquals(List.of(1, 4), r.papers().stream().map(ParsedPaper::line).toList());
        assertEquals(List.of(2, 5), r.diagnostics().stream().map(Diagnostic::line).toList());
        assertTrue(r.diagnostics().get(0).message().startsWith("no author count and date at the end"));
        ParsedPaper p = r.papers().get(0);
        assertEquals("Tiny Paper Titles Work", p.title());
        assertEquals("We show that titles can be split.", p.abstractText());
        ParsedPaper q = r.papers().get(1);
        assertEquals(null, q.upvotes());
        assertEquals(1, q.authors());
        assertEquals(7, q.comments());
        assertEquals(org.lectern.library.PaperDate.day(2024, 2, 29), q.published());
    }

    @Test
    void crlfBomAndMixedLineEndsReadLikeLf() {
        String lf = Fixtures.text("seed-ernie-and-friends.txt");
        ParseResult expected = Listings.parse(lf);
        String crlf = "\uFEFF" + lf.replace("\n", "\r\n");
        assertEquals(expected, Listings.parse(crlf));
        String[] lines = lf.split("\n");
        StringBuilder mixed = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r"};
        for (int i = 0; i < lines.length; i++) {
            mixed.append(lines[i]).append(ends[i % 3]);
        }
        assertEquals(expected, Listings.parse(mixed.toString()));
    }

    @Test
    void blockListingWithBrokenBlockKeepsTheOthers() {
        String blocks = Fixtures.text("dev-daily-papers-2024-blocks.txt");
        String[] lines = blocks.split("\n", -1);
        lines[3] = "no meta here";            // the first block loses its meta line
        ParseResult r = Listings.parse(String.join("\n", lines));
        assertEquals("huggingface-block", r.format());
        assertEquals(189, r.papers().size());
        assertEquals(List.of(1, 2, 3, 4), r.diagnostics().stream().map(Diagnostic::line).toList());
    }

    @Test
    void controlCharactersInAListingDoNotHideIt() {
        ParseResult r = Listings.parse(GOOD_1 + "\u0007\n" + GOOD_2);
        assertEquals(2, r.papers().size());
    }
}
