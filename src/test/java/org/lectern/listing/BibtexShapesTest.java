package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lectern.library.PaperDate;

/** The .bib files reference managers write, each in its own shape, come in whole. */
class BibtexShapesTest {
    private static final String ERNIE = "ERNIE: Enhanced Representation through Knowledge Integration";
    private static final List<String> ERNIE_AUTHORS = List.of("Yu Sun", "Shuohuan Wang", "Yukun Li");

    private static ParseResult read(String name) {
        ParseResult r = Resources.parse("bibtex/" + name, true);
        assertEquals("bibtex", r.format(), name);
        assertEquals(List.of(), r.diagnostics(), name);
        return r;
    }

    private static List<String> tags(ParsedPaper p) {
        return p.extras() == null ? List.of() : p.extras().tags();
    }

    @Test
    void zoteroTabsProtectedWordsMonthMacrosAndArxivInTheNote() {
        ParseResult r = read("zotero.bib");
        ParsedPaper ernie = r.papers().get(0);
        assertEquals(ERNIE, ernie.title());
        assertEquals("sun_ernie_2019", ernie.bibtexKey());
        assertEquals(ERNIE_AUTHORS, ernie.authorNames());
        assertEquals(3, ernie.authors());
        assertEquals(PaperDate.month(2019, 4), ernie.published());
        assertEquals("1904.09223", ernie.arxivId());
        assertEquals("http://arxiv.org/abs/1904.09223", ernie.url());
        assertEquals(List.of("Computer Science - Computation and Language", "Computer Science - Machine Learning"),
                tags(ernie));
        ParsedPaper tan = r.papers().get(1);
        assertEquals("\"Robust-Squared\" Imputation Models Using BART", tan.title());
        assertEquals("1801.03147", tan.arxivId(), "from 'journal = {arXiv:1801.03147 [stat]}'");
        assertEquals(List.of("Yaoyuan V. Tan", "Carol A. C. Flannagan", "Michael R. Elliott"), tan.authorNames());
        ParsedPaper muller = r.papers().get(2);
        assertEquals("Über Modelle für Straßen — eine Studie", muller.title());
        assertEquals(List.of("Jörg Müller", "François Dupont", "Søren Østergaard"), muller.authorNames());
        assertEquals(PaperDate.month(2021, 8), muller.published());
        assertNull(muller.arxivId());
    }

    @Test
    void betterBiblatexDatesEprintTypesAndDoubleBraces() {
        ParseResult r = read("betterbiblatex.bib");
        ParsedPaper ernie = r.papers().get(0);
        assertEquals(ERNIE, ernie.title());
        assertEquals(PaperDate.day(2019, 4, 19), ernie.published(), "biblatex date");
        assertEquals("1904.09223", ernie.arxivId(), "eprint with eprinttype = {arXiv}");
        ParsedPaper mixtral = r.papers().get(1);
        assertEquals("Mixtral of Experts", mixtral.title());
        assertEquals("2401.04088", mixtral.arxivId(), "eprinttype = {arxiv} with journaltitle");
        assertEquals("Diego de las Casas", mixtral.authorNames().get(3));
        assertEquals(List.of("Computer Science - Machine Learning", "mixture of experts"), tags(mixtral));
        ParsedPaper attention = r.papers().get(2);
        assertEquals("Attention Is All You Need", attention.title());
        assertEquals(PaperDate.year(2017), attention.published(), "date = {2017} is a year alone");
        assertNull(attention.arxivId());
    }

    @Test
    void jabrefHeaderCommentsAndMetaDataAreIgnoredQuietly() {
        ParseResult r = read("jabref.bib");
        assertEquals(2, r.papers().size());
        ParsedPaper ernie = r.papers().get(0);
        assertEquals(4, ernie.line());
        assertEquals(ERNIE_AUTHORS, ernie.authorNames(), "First Last names");
        assertEquals("1904.09223", ernie.arxivId(), "eprint with archivePrefix");
        assertEquals(List.of("nlp", "ernie"), tags(ernie));
        ParsedPaper ddpm = r.papers().get(1);
        assertEquals("2006.11239", ddpm.arxivId(), "from the arXiv link");
        assertEquals(List.of("diffusion", "generative"), tags(ddpm), "';' separates keywords too");
    }

    @Test
    void googleScholarArxivPreprintJournalsAndOthers() {
        ParseResult r = read("scholar.bib");
        assertEquals(3, r.papers().size());
        assertEquals("1904.09223", r.papers().get(0).arxivId());
        assertEquals(10, r.papers().get(0).authorNames().size());
        assertNull(r.papers().get(1).arxivId());
        assertNull(r.papers().get(1).url());
        ParsedPaper llama = r.papers().get(2);
        assertEquals("2307.09288", llama.arxivId());
        assertEquals(List.of("Hugo Touvron", "Louis Martin", "Kevin Stone", "Peter Albert"), llama.authorNames(),
                "'others' is not a name");
    }

    @Test
    void mendeleyBannerEscapesAndAccentsInBraces() {
        ParseResult r = read("mendeley.bib");
        assertEquals(2, r.papers().size());
        ParsedPaper ernie = r.papers().get(0);
        assertEquals(ERNIE, ernie.title());
        assertEquals("We present a novel language representation model enhanced by knowledge called ERNIE. "
                + "It uses 100% of the data & more.", ernie.abstractText());
        assertEquals("Jörg Müller", ernie.authorNames().get(2));
        assertEquals("1904.09223", ernie.arxivId());
        ParsedPaper garcia = r.papers().get(1);
        assertEquals("Learning with α-divergences and O(n^2) memory: the Naïve case", garcia.title());
        assertEquals(List.of("Gabriel García-Márquez", "Jiří Škoda", "Văn Nguyễn"), garcia.authorNames());
        assertEquals(PaperDate.month(2020, 7), garcia.published(), "month = {jul}");
        assertEquals("https://dl.acm.org/doi/10.5555/3524938.3525000", garcia.url());
    }

    @Test
    void dblpAndArxivsOwnExport() {
        ParseResult r = read("dblp-arxiv.bib");
        ParsedPaper dblp = r.papers().get(0);
        assertEquals(ERNIE, dblp.title());
        assertEquals(ERNIE_AUTHORS, dblp.authorNames(), "names wrapped over lines");
        assertEquals("1904.09223", dblp.arxivId());
        assertEquals("DBLP:journals/corr/abs-1904-09223", dblp.bibtexKey());
        ParsedPaper arxiv = r.papers().get(1);
        assertEquals("Mixtral of Experts", arxiv.title());
        assertEquals("2401.04088", arxiv.arxivId());
        assertEquals("https://arxiv.org/abs/2401.04088", arxiv.url());
    }

    @Test
    void keywordsAreTagsOnlyWhenAsked() {
        ParseResult r = Resources.parse("bibtex/jabref.bib", false);
        assertNull(r.papers().get(0).extras());
        assertNull(Listings.parse(Resources.text("bibtex/jabref.bib")).papers().get(0).extras());
    }
}
