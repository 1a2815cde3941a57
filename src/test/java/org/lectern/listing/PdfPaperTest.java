package org.lectern.listing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDFs read offline: written with PDFBox the way papers are laid out, then read back. */
class PdfPaperTest {
    @TempDir
    Path dir;

    private static final String ABSTRACT = "Large language models are increasingly used as judges of research agents. "
            + "We study when their verdicts can be trusted and propose a protocol that checks each claim against "
            + "retrieved evidence, reducing unsupported verdicts by a third across five bench-marks.";

    @Test
    void titleNamesAbstractAndTheMarginStamp() throws IOException {
        Path pdf = TestPdfs.write(dir.resolve("reflect.pdf"), "arXiv:2605.19196v2 [cs.CL] 24 May 2026",
                "Time to REFLECT: Can We Trust LLM Judges for Evidence-based Research Agents?",
                List.of("Ana Lee", "Bo Chen", "Sören Müller"), "University of Somewhere, ana@example.org", ABSTRACT);
        ParsedPaper p = PdfPaper.read(pdf);
        assertEquals("2605.19196", p.arxivId());
        assertEquals("Time to REFLECT: Can We Trust LLM Judges for Evidence-based Research Agents?", p.title());
        assertEquals(List.of("Ana Lee", "Bo Chen", "Sören Müller"), p.authorNames());
        assertEquals(ABSTRACT, p.abstractText());
        assertEquals(pdf.toAbsolutePath().toUri().toString(), p.url(), "the file, until the library keeps it");
    }

    @Test
    void aPdfWithoutAStampHasNoIdButKeepsItsTitle() throws IOException {
        Path pdf = TestPdfs.write(dir.resolve("x.pdf"), null, "Targeted Test Selection Approach in Continuous Integration",
                List.of("Pavel Kim"), null, "We select tests.");
        ParsedPaper p = PdfPaper.read(pdf);
        assertNull(p.arxivId());
        assertEquals("Targeted Test Selection Approach in Continuous Integration", p.title());
        assertEquals(List.of("Pavel Kim"), p.authorNames());
        assertEquals("We select tests.", p.abstractText());
    }

    @Test
    void aFolderOfPdfsAndABrokenOne() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("downloads"));
        TestPdfs.write(folder.resolve("a.pdf"), "arXiv:2504.11427v1 [cs.CV] 15 Apr 2025",
                "NormalCrafter: Learning Temporally Consistent Normals from Video Diffusion Priors", List.of("Yanrui Bin"),
                null, "Normals.");
        TestPdfs.write(folder.resolve("b.pdf"), "arXiv:2505.22552v1 [cs.CL] 28 May 2025",
                "ClaimPKG: Enhancing Claim Verification via Pseudo-Subgraph Generation", List.of("Hoang Pham"), null, "Claims.");
        Files.writeString(folder.resolve("c.pdf"), "not a pdf at all");
        Files.writeString(folder.resolve("notes.txt"), "ignored");
        ParseResult r = PdfListing.read(List.of(folder));
        assertEquals(PdfListing.NAME, r.format());
        assertEquals(List.of("2504.11427", "2505.22552"), r.papers().stream().map(ParsedPaper::arxivId).toList());
        assertEquals(1, r.diagnostics().size());
        assertTrue(r.diagnostics().get(0).message().startsWith("c.pdf: not a readable PDF"), r.diagnostics().toString());
        assertEquals(List.of(folder.resolve("a.pdf"), folder.resolve("b.pdf")), PdfListing.files(List.of(folder)).subList(0, 2));
    }
}
