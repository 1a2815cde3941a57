package org.lectern.listing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.lectern.library.PaperDate;

/** BibTeX, RIS, arXiv id lists and Lectern's JSON export. */
class OtherFormatsTest {

    @Test
    void bibtexEntriesBecomePapers() {
        String bib = """
                @string{acl = "Proceedings of ACL"}
                @article{sun2019ernie,
                  title = {{ERNIE}: Enhanced Representation through {K}nowledge Integration},
                  author = {Sun, Yu and Wang, Shuohuan and Li, Yukun},
                  abstract = "We present a novel {language} representation model.",
                  year = 2019, month = apr, day = {19},
                  eprint = {1904.09223}, archivePrefix = {arXiv}
                }

                @inproceedings{mueller,
                  title = {M{\\"u}ller's {\\'E}tude of Caf\\'e \\& Co --- a {{nested {brace}}} test},
                  author = {M{\\"u}ller, J. and {Barnes and Noble} and others},
                  date = {2021-07},
                  booktitle = acl # " 2021",
                  doi = {10.1000/xyz}
                }
                @misc{noyear, title = {Only a title}}
                """;
        ParseResult r = Listings.parse(bib);
        assertEquals("bibtex", r.format());
        assertEquals(List.of(), r.diagnostics());
        assertEquals(3, r.papers().size());
        ParsedPaper ernie = r.papers().get(0);
        assertEquals(2, ernie.line());
        assertEquals("ERNIE: Enhanced Representation through Knowledge Integration", ernie.title());
        assertEquals("We present a novel language representation model.", ernie.abstractText());
        assertEquals(3, ernie.authors());
        assertEquals(PaperDate.day(2019, 4, 19), ernie.published());
        assertEquals("1904.09223", ernie.arxivId());
        assertEquals("https://arxiv.org/abs/1904.09223", ernie.url());
        ParsedPaper mueller = r.papers().get(1);
        assertEquals("Müller's Étude of Café & Co — a nested brace test", mueller.title());
        assertEquals(2, mueller.authors(), "braced 'and' is one name, 'others' is not counted");
        assertEquals(PaperDate.month(2021, 7), mueller.published(), "year and month, no day: the month");
        assertEquals("https://doi.org/10.1000/xyz", mueller.url());
        assertNull(r.papers().get(2).published());
        assertNull(r.papers().get(2).authors());
    }

    @Test
    void brokenBibtexEntryIsReportedAndTheNextOneRead() {
        String bib = "@article{a,\n  title = {Unclosed {brace},\n  year = 2020\n\n@article{b, title = {Fine}, year = {2022}}\n";
        ParseResult r = Listings.parse(bib);
        assertEquals("bibtex", r.format());
        assertEquals(1, r.papers().size());
        assertEquals("Fine", r.papers().get(0).title());
        assertEquals(5, r.papers().get(0).line());
        assertEquals(PaperDate.year(2022), r.papers().get(0).published(), "a year alone");
        assertEquals(List.of(1), r.diagnostics().stream().map(Diagnostic::line).toList(), "one diagnostic per entry");
        assertTrue(r.diagnostics().get(0).message().contains("'a' could not be read"), r.diagnostics().toString());
        assertTrue(r.diagnostics().get(0).message().contains("'title' at line 2 is never closed"), r.diagnostics().toString());
    }

    @Test
    void risRecordsBecomePapers() {
        String ris = """
                TY  - JOUR
                TI  - Mixtral of Experts
                AU  - Jiang, Albert Q.
                AU  - Sablayrolles, Alexandre
                AB  - We introduce Mixtral 8x7B,
                  a Sparse Mixture of Experts language model.
                PY  - 2024
                DA  - 2024/01/08/
                UR  - https://arxiv.org/abs/2401.04088
                ER  -

                TY  - JOUR
                T1  - No date here
                ER  -
                TY  - JOUR
                AU  - Nobody
                ER  -
                """;
        ParseResult r = Listings.parse(ris);
        assertEquals("ris", r.format());
        assertEquals(2, r.papers().size());
        ParsedPaper m = r.papers().get(0);
        assertEquals(1, m.line());
        assertEquals("Mixtral of Experts", m.title());
        assertEquals("We introduce Mixtral 8x7B, a Sparse Mixture of Experts language model.", m.abstractText());
        assertEquals(2, m.authors());
        assertEquals(PaperDate.day(2024, 1, 8), m.published());
        assertEquals("2401.04088", m.arxivId());
        assertEquals("https://arxiv.org/abs/2401.04088", m.url());
        assertNull(r.papers().get(1).published());
        assertEquals(List.of(15), r.diagnostics().stream().map(Diagnostic::line).toList(), "one diagnostic per record");
    }

    @Test
    void arxivIdsAndLinksBecomePlaceholderPapers() {
        String ids = """
                2401.01234
                arXiv:2312.17653v2

                https://arxiv.org/abs/2402.17764
                https://arxiv.org/pdf/2403.03507v1.pdf
                hep-th/9901001
                this is not an id
                """;
        ParseResult r = Listings.parse(ids);
        assertEquals("arxiv-ids", r.format());
        assertEquals(List.of("2401.01234", "2312.17653", "2402.17764", "2403.03507", "hep-th/9901001"),
                r.papers().stream().map(ParsedPaper::arxivId).toList());
        assertEquals(List.of(1, 2, 4, 5, 6), r.papers().stream().map(ParsedPaper::line).toList());
        assertEquals("arXiv:2312.17653", r.papers().get(1).title());
        assertEquals("https://arxiv.org/abs/2312.17653", r.papers().get(1).url());
        assertEquals("https://arxiv.org/pdf/2403.03507v1.pdf", r.papers().get(3).url());
        assertEquals(1.0, r.papers().get(0).confidence());
        assertEquals(List.of(7), r.diagnostics().stream().map(Diagnostic::line).toList());
    }

    @Test
    void badJsonObjectsAreDiagnosedByLine() {
        String json = "[\n{\"title\": \"Good\", \"published\": \"2024-01-02\"},\n{\"title\": \"\"},\n"
                + "{\"title\": \"Bad date\", \"published\": \"Jan 2\"},\n{\"title\": \"T\", \"tags\": \"x\"},\n7\n]";
        ParseResult r = Listings.parse(json);
        assertEquals("lectern-json", r.format());
        assertEquals(List.of("Good"), r.papers().stream().map(ParsedPaper::title).toList());
        assertEquals(List.of(3, 4, 5, 6), r.diagnostics().stream().map(Diagnostic::line).toList());
        assertTrue(r.diagnostics().get(1).message().contains("YYYY-MM-DD"));
    }

    @Test
    void truncatedJsonIsOneDiagnostic() {
        ParseResult r = Listings.parse("[\n{\"title\": \"Good\"},\n{\"title\": ");
        assertEquals("lectern-json", r.format());
        assertEquals(1, r.papers().size());
        assertEquals(1, r.diagnostics().size());
        assertEquals(3, r.diagnostics().get(0).line());
        RobustnessTest.assertAccounted("[\n{\"title\": \"Good\"},\n{\"title\": ", r, "truncated json");
    }
}
