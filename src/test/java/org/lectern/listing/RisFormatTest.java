package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lectern.library.PaperDate;

/** RIS as Zotero, Mendeley and publishers write it. */
class RisFormatTest {
    @Test
    void zoteroRecordsWithDatesNamesKeywordsAndArxivDoi() {
        ParseResult r = Resources.parse("ris/zotero.ris", true);
        assertEquals("ris", r.format());
        assertEquals(List.of(), r.diagnostics());
        ParsedPaper ernie = r.papers().get(0);
        assertEquals("ERNIE: Enhanced Representation through Knowledge Integration", ernie.title());
        assertEquals(List.of("Yu Sun", "Shuohuan Wang", "Yukun Li"), ernie.authorNames());
        assertEquals(PaperDate.day(2019, 4, 19), ernie.published(), "DA is more precise than PY");
        assertEquals("1904.09223", ernie.arxivId());
        assertEquals("http://arxiv.org/abs/1904.09223", ernie.url(), "UR, not the local L1 file");
        assertEquals(List.of("Computer Science - Computation and Language", "Computer Science - Machine Learning"),
                ernie.extras().tags());
        ParsedPaper shannon = r.papers().get(1);
        assertEquals(PaperDate.month(1948, 7), shannon.published(), "DA gives only the month name, PY the year");
        assertEquals(List.of("Claude E. Shannon"), shannon.authorNames());
        assertNull(shannon.arxivId());
    }

    @Test
    void mendeleyBomWrappedLinesAndJournalArxivId() {
        ParseResult r = Resources.parse("ris/mendeley.ris", true);
        assertEquals("ris", r.format());
        assertEquals(List.of(), r.diagnostics());
        ParsedPaper m = r.papers().get(0);
        assertEquals("Mixtral of Experts", m.title(), "T1 wrapped over two lines");
        assertEquals("We introduce Mixtral 8x7B, a Sparse Mixture of Experts (SMoE) language model.", m.abstractText());
        assertEquals("2401.04088", m.arxivId());
        assertEquals(List.of("moe", "llm"), m.extras().tags());
        assertNull(Resources.parse("ris/mendeley.ris", false).papers().get(0).extras(), "tags only when asked");
    }

    @Test
    void publisherRecordsMissingErBlankLinesAndCrlf() {
        ParseResult r = Resources.parse("ris/publisher.ris", false);
        assertEquals("ris", r.format());
        assertEquals(List.of("Deep Residual Learning for Image Recognition", "Handbook of Edited Things",
                "The Last Record Has No ER"), r.papers().stream().map(ParsedPaper::title).toList());
        ParsedPaper resnet = r.papers().get(0);
        assertEquals(3, resnet.line());
        assertEquals(List.of("K. He", "X. Zhang"), resnet.authorNames(), "A1 names");
        assertEquals(PaperDate.year(2016), resnet.published(), "Y1 2016/// is a year alone");
        assertEquals("https://doi.org/10.1109/CVPR.2016.90", resnet.url(), "DO written as a link");
        assertEquals("Deeper neural networks are more difficult to train.", resnet.abstractText(), "N2");
        assertEquals(List.of("Eve Editor"), r.papers().get(1).authorNames(), "A2 when no author is named");
        assertEquals(PaperDate.day(2001, 5, 7), r.papers().get(1).published());
        assertEquals(PaperDate.day(2022, 3, 4), r.papers().get(2).published(), "DA with dashes");
        assertEquals(List.of(new Diagnostic(16, "RIS record without a title (TI or T1): skipped")), r.diagnostics());
        RobustnessTest.assertAccounted(Resources.text("ris/publisher.ris"), r, "publisher.ris");
    }

    @Test
    void strayLinesOutsideRecordsAreOneDiagnostic() {
        String ris = "TY  - JOUR\nTI  - Fine\nER  - \nstray one\nstray two\nTY  - JOUR\nTI  - Also Fine\nER  - \n";
        ParseResult r = Listings.parse(ris);
        assertEquals(List.of("Fine", "Also Fine"), r.papers().stream().map(ParsedPaper::title).toList());
        assertEquals(List.of(4), r.diagnostics().stream().map(Diagnostic::line).toList());
    }
}
