package org.lectern.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.Paper;
import org.lectern.library.PaperDate;
import org.lectern.library.Status;

/** What the BibTeX and Markdown exports write for named authors and kept citation keys. */
class BibtexExportTest {
    private static Paper paper(long id, String title, Integer count, String key, List<String> names) {
        return new Paper(id, title, "", count, PaperDate.day(2019, 4, 19), null, null, "1904.09223", null,
                Status.NEW, List.of(), List.of(), "", key, names);
    }

    private static String bibtex(Paper... papers) throws Exception {
        StringWriter out = new StringWriter();
        ExportFormat.BIBTEX.write(List.of(papers), out);
        return out.toString();
    }

    @Test
    void namedAuthorsAreWrittenAsAnAuthorListWithTheEprintFields() throws Exception {
        String b = bibtex(paper(1, "ERNIE", 3, "sun2019ernie", List.of("Yu Sun", "Barnes and Noble", "Wang, Jr")));
        assertTrue(b.contains("@misc{sun2019ernie,"), b);
        assertTrue(b.contains("author = {Yu Sun and {Barnes and Noble} and {Wang, Jr}},"), b);
        assertTrue(b.contains("eprint = {1904.09223},") && b.contains("archivePrefix = {arXiv},"), b);
        assertTrue(b.contains("url = {https://arxiv.org/abs/1904.09223},"), b);
        assertTrue(!b.contains("note ="), b);
    }

    @Test
    void moreCountedThanNamedEndsWithOthersAndUnnamedKeepsTheCountNote() throws Exception {
        String b = bibtex(paper(1, "Alpha", 5, null, List.of("A One", "B Two")), paper(2, "Beta", 4, null, List.of()));
        assertTrue(b.contains("author = {A One and B Two and others},"), b);
        assertTrue(b.contains("note = {4 authors},"), b);
    }

    @Test
    void aKeptKeyIsNeverTakenByAMadeUpOneAndARepeatedKeyGetsAnother() throws Exception {
        String b = bibtex(paper(1, "Alpha Model", null, null, List.of()), paper(2, "Beta", null, "alpha2019", List.of()),
                paper(3, "Gamma", null, "alpha2019", List.of()));
        assertTrue(b.contains("@misc{alpha2019,\n  title = {{Beta}}"), b);
        assertTrue(b.contains("@misc{alpha2019a,\n  title = {{Alpha Model}}"), b);
        assertTrue(b.contains("@misc{gamma2019,\n  title = {{Gamma}}"), b);
    }

    @Test
    void markdownNamesTheAuthors() throws Exception {
        StringWriter out = new StringWriter();
        ExportFormat.MARKDOWN.write(List.of(paper(1, "Alpha", 3, null, List.of("A One", "B Two", "C Three")),
                paper(2, "Beta", 9, null, List.of("D Four"))), out);
        assertTrue(out.toString().contains("\nA One, B Two and C Three\n"), out.toString());
        assertTrue(out.toString().contains("\nD Four et al.\n"), out.toString());
    }
}
