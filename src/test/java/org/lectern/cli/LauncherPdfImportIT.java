package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.cli.PackagedLauncher.Run;
import org.lectern.listing.TestPdfs;

/** PDFs, a folder of them and copied pages imported through the packaged launcher (PDFBox and jsoup in the image). */
class LauncherPdfImportIT {

    @TempDir
    Path dir;

    private Run lectern(String... args) throws Exception {
        return PackagedLauncher.run(dir, args);
    }

    @Test
    void pdfsAndAFolderOfThemImportAndALaterListingJoinsThem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("downloads"));
        TestPdfs.write(folder.resolve("a.pdf"), "arXiv:2603.28444v1 [cs.CL] 30 Mar 2026",
                "Entropic Claim Resolution: Uncertainty-Driven Evidence Selection for RAG", List.of("Ana Lee", "Bo Chen"),
                "Some University", "We select evidence by entropy.");
        TestPdfs.write(folder.resolve("b.pdf"), "arXiv:2605.27393v1 [cs.CL] 30 May 2026",
                "StoryMI: Steerable Multi-Agent Therapeutic Dialogue Generation", List.of("Cy Diaz"), null, "Dialogues.");
        Path single = TestPdfs.write(dir.resolve("single.pdf"), null, "Targeted Test Selection Approach in Continuous Integration",
                List.of("Pavel Kim"), null, "We select tests.");
        Files.writeString(folder.resolve("broken.pdf"), "not a pdf");

        Run run = lectern("import", folder.toString(), single.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("3 new, 0 updated, 0 unchanged, 1 error"), run.out());
        assertTrue(run.err().contains("broken.pdf: not a readable PDF"), run.err());
        // PDFBox's own log stays quiet: it said "SEVERE: Unmapping is not supported" with a stack trace
        assertFalse(run.err().contains("SEVERE") || run.err().contains("Exception"), run.err());
        try (var files = Files.list(dir.resolve("files"))) {
            assertEquals(3, files.count(), "each PDF is copied beside the library");
        }

        // the same paper copied later from an arXiv listing joins the PDF's paper instead of repeating it
        Path listing = dir.resolve("page.txt");
        Files.writeString(listing, "[1]  arXiv:2603.28444  [pdf, html]\nTitle: Entropic Claim Resolution: "
                + "Uncertainty-Driven Evidence Selection for RAG\nAuthors: Ana Lee, Bo Chen\nSubjects: Computation and "
                + "Language (cs.CL)\nWe select evidence by entropy.\n");
        Run later = lectern("import", listing.toString());
        assertTrue(later.out().contains("0 new"), later.out());

        Run export = lectern("export", "--format", "json");
        JsonNode papers = new ObjectMapper().readTree(export.out());
        assertEquals(3, papers.size());
        boolean found = false;
        for (JsonNode p : papers) {
            if (p.path("arxiv_id").asText().equals("2603.28444")) {
                found = true;
                assertEquals("Entropic Claim Resolution: Uncertainty-Driven Evidence Selection for RAG", p.get("title").asText());
                assertEquals("[\"Ana Lee\",\"Bo Chen\"]", p.get("author_names").toString());
                assertEquals("We select evidence by entropy.", p.get("abstract").asText());
            }
        }
        assertTrue(found, export.out());
    }

    @Test
    void copiedPagesImportWithTheirIds() throws Exception {
        Path cards = dir.resolve("cards.txt");
        Files.writeString(cards, "StoryMI: Steerable Multi-Agent Therapeutic Dialogue Generation\n"
                + "Paper • 2605.27393 • Published May 30, 2026 • 12\n\n"
                + "Time to REFLECT: Can We Trust LLM Judges for Evidence-based Research Agents?\n"
                + "Paper • 2605.19196 • Published May 24, 2026 • 5\n3\n");
        Run run = lectern("import", cards.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("2 new, 0 updated, 0 unchanged, 0 errors"), run.out());
        Path html = dir.resolve("page.html");
        Files.writeString(html, "<!DOCTYPE html><html><head><meta name=\"citation_arxiv_id\" content=\"2507.03698\"/></head>"
                + "<body><h1 class=\"title mathjax\"><span class=\"descriptor\">Title:</span>SAMed-2: Selective Memory "
                + "Enhanced Medical Segment Anything Model</h1><div class=\"authors\"><a href=\"/a\">Zhiling Yan</a></div>"
                + "<blockquote class=\"abstract mathjax\"><span class=\"descriptor\">Abstract:</span>Medical images.</blockquote>"
                + "</body></html>");
        Run page = lectern("import", html.toString());
        assertTrue(page.out().contains("1 new"), page.out() + page.err());
    }
}
