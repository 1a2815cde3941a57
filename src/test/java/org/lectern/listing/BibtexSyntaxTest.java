package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.lectern.library.PaperDate;

/** BibTeX syntax as hand-kept files use it: comments, macros, crossref, odd spacing, and broken entries. */
class BibtexSyntaxTest {
    private static Map<String, ParsedPaper> byKey(ParseResult r) {
        return r.papers().stream().collect(Collectors.toMap(ParsedPaper::bibtexKey, Function.identity()));
    }

    @Test
    void aHandKeptFileComesInWithOneDiagnosticPerUnreadableEntry() {
        ParseResult r = Resources.parse("bibtex/handwritten.bib", true);
        Map<String, ParsedPaper> papers = byKey(r);
        assertEquals(List.of("kingma2014adam", "devlin2019bert", "knuth1984", "vonneumann", "ernie3", "nokey-field",
                "lastone"), r.papers().stream().map(ParsedPaper::bibtexKey).toList(),
                "the commented-out entry and the referenced proceedings are not papers");
        assertEquals(List.of(57, 74, 79), r.diagnostics().stream().map(Diagnostic::line).toList(), r.diagnostics().toString());
        assertEquals("BibTeX entry @article 'broken1' could not be read: the '{' of the field 'title' at line 58 is "
                + "never closed", r.diagnostics().get(0).message());
        assertEquals("BibTeX entry @misc 'notitle' has no title: skipped", r.diagnostics().get(1).message());
        assertTrue(r.diagnostics().get(2).message().contains("'broken2'")
                && r.diagnostics().get(2).message().contains("unexpected '=' at line 81"), r.diagnostics().toString());

        ParsedPaper adam = papers.get("kingma2014adam");
        assertEquals(12, adam.line());
        assertEquals(List.of("Diederik P. Kingma", "Jimmy Ba"), adam.authorNames(), "a '%' line inside is skipped");
        assertEquals(PaperDate.day(2014, 12, 22), adam.published(), "bare numbers, month macro and day");
        assertEquals("1412.6980", adam.arxivId());

        ParsedPaper bert = papers.get("devlin2019bert");
        assertEquals("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", bert.title());
        assertEquals(PaperDate.month(2019, 6), bert.published(), "year and month from the crossref'd proceedings");
        assertEquals("https://doi.org/10.18653/v1/N19-1423", bert.url());
        assertEquals(4, bert.authorNames().size(), "the child's authors, not the proceedings' editors");

        assertEquals("The TeXbook", papers.get("knuth1984").title());
        assertEquals(List.of("John von Neumann", "Arthur W. Burks Jr"), papers.get("vonneumann").authorNames());
        assertEquals(List.of("automata"), papers.get("vonneumann").extras().tags());
        ParsedPaper ernie3 = papers.get("ernie3");
        assertEquals("2107.02137", ernie3.arxivId(), "from \\url{…} in howpublished");
        assertEquals(PaperDate.day(2021, 7, 5), ernie3.published(), "a date range starts the paper");
        assertEquals(List.of("Yu Sun"), ernie3.authorNames());
        assertEquals("Missing comma after the key", papers.get("nokey-field").title());
        assertEquals("https://example.org/paper_one.pdf", papers.get("lastone").url(), "escaped '_' in a link");
        RobustnessTest.assertAccounted(Resources.text("bibtex/handwritten.bib"), r, "handwritten.bib");
    }

    @Test
    void stringMacrosConcatenationAndQuotedValuesWithNestedBraces() {
        String bib = """
                @string{first = "Deep"}
                @string{both = first # " {Learning}"}
                @misc{m, title = both # { of {\\"U}nits} # " and \\"{O}thers, {"quoted"} too", year = "2020"}
                @misc(paren, title = {Parenthesised {Entry}}, month = "Mar.", year = 1999)
                @misc{nested, title = {A {{Deeply {Nested}}} Title}, month = 11, year = {{2001}}}
                """;
        ParseResult r = Listings.parse(bib);
        assertEquals(List.of(), r.diagnostics());
        assertEquals("Deep Learning of Ünits and Öthers, \"quoted\" too", r.papers().get(0).title());
        assertEquals("Parenthesised Entry", r.papers().get(1).title());
        assertEquals(PaperDate.month(1999, 3), r.papers().get(1).published());
        assertEquals("A Deeply Nested Title", r.papers().get(2).title());
        assertEquals(PaperDate.month(2001, 11), r.papers().get(2).published());
    }

    @Test
    void commentsPreamblesAndFreeTextBetweenEntriesAreQuiet() {
        String bib = """
                This bibliography belongs to a thesis; email me@example.org with fixes.
                @comment{ anything {nested} here, even @misc{x, title={no}} }
                @Comment jabref-meta: old style comment without braces
                @preamble{"\\newcommand{\\x}{y}"}
                % @misc{gone, title = {Commented out}}
                @misc{only, title = {The Only Paper}}
                trailing words
                """;
        ParseResult r = Listings.parse(bib);
        assertEquals("bibtex", r.format());
        assertEquals(List.of(), r.diagnostics());
        assertEquals(List.of("The Only Paper"), r.papers().stream().map(ParsedPaper::title).toList());
        assertEquals(6, r.papers().get(0).line());
    }

    @Test
    void idsFromEprintsTheirKindsDoisAndLinks() {
        String bib = """
                @misc{a, title = {A}, eprint = {arXiv:2401.01234v2}}
                @misc{b, title = {B}, eprint = {12345678}, eprinttype = {pubmed}}
                @misc{c, title = {C}, arxiv = {2312.00001}}
                @misc{d, title = {D}, doi = {10.48550/arXiv.2402.00002}}
                @misc{e, title = {E}, doi = {https://doi.org/10.1000/xyz.1}}
                @misc{f, title = {F}, url = {https://arxiv.org/pdf/2403.00003v1.pdf}}
                @misc{g, title = {G}, eprint = {hep-th/9901001}, archivePrefix = {arXiv}}
                @misc{h, title = {H}, url = {https://doi.org/10.1000/abc}}
                """;
        ParseResult r = Listings.parse(bib);
        assertEquals(List.of(), r.diagnostics());
        Map<String, ParsedPaper> p = byKey(r);
        assertEquals("2401.01234", p.get("a").arxivId());
        assertNull(p.get("b").arxivId(), "a PubMed e-print is not arXiv's");
        assertEquals("2312.00001", p.get("c").arxivId());
        assertEquals("2402.00002", p.get("d").arxivId());
        assertEquals("https://doi.org/10.1000/xyz.1", p.get("e").url());
        assertEquals("2403.00003", p.get("f").arxivId());
        assertEquals("https://arxiv.org/pdf/2403.00003v1.pdf", p.get("f").url());
        assertEquals("hep-th/9901001", p.get("g").arxivId());
        assertEquals("https://doi.org/10.1000/abc", p.get("h").url());
    }

    @Test
    void authorListsInEveryForm() {
        String bib = """
                @misc{a, title = {A}, author = {van der Berg, Jan and Jean-Paul Sartre and {World Health Organization}
                  AND Ludwig van Beethoven and King, Jr., Martin Luther and {\\relax Ch}ristopher Foo and others}}
                @misc{b, title = {B}, editor = {Doe, Jane and Roe, Richard}}
                @misc{c, title = {C}, author = {Alice Smith, Bob Jones, Carol White}}
                @misc{d, title = {D}, author = {{Barnes and Noble}}}
                """;
        ParseResult r = Listings.parse(bib);
        Map<String, ParsedPaper> p = byKey(r);
        assertEquals(List.of("Jan van der Berg", "Jean-Paul Sartre", "World Health Organization", "Ludwig van Beethoven",
                "Martin Luther King Jr.", "Christopher Foo"), p.get("a").authorNames());
        assertEquals(6, p.get("a").authors());
        assertEquals(List.of("Jane Doe", "Richard Roe"), p.get("b").authorNames(), "editors when no author is named");
        assertEquals(List.of("Alice Smith", "Bob Jones", "Carol White"), p.get("c").authorNames());
        assertEquals(List.of("Barnes and Noble"), p.get("d").authorNames());
    }

    @Test
    void anUnclosedQuoteOrAFieldWithoutValueCostsOnlyItsEntry() {
        String bib = """
                @misc{q, title = "never closed,
                  year = 2020}

                @misc{ok1, title = {First Fine}}
                @misc{novalue, title = , year = 2020}
                @misc{ok2, title = {Second Fine}}
                """;
        ParseResult r = Listings.parse(bib);
        assertEquals(List.of("First Fine", "Second Fine"), r.papers().stream().map(ParsedPaper::title).toList());
        assertEquals(List.of(1, 5), r.diagnostics().stream().map(Diagnostic::line).toList(), r.diagnostics().toString());
        assertTrue(r.diagnostics().get(0).message().contains("'q'") && r.diagnostics().get(0).message().contains("quoted"));
        assertTrue(r.diagnostics().get(1).message().contains("'title' has no value"), r.diagnostics().toString());
        RobustnessTest.assertAccounted(bib, r, "broken quotes");
    }
}
