package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.listing.PdfListing;
import org.lectern.listing.TestPdfs;

/** PDFs kept beside a real library file: copied by default, linked on request, found again by the paper. */
class PaperFilesTest {
    @TempDir
    Path dir;

    private long idOf(Library library, String arxivId) {
        return library.read(c -> {
            try (var s = c.prepareStatement("SELECT id FROM paper WHERE arxiv_id = ?")) {
                s.setString(1, arxivId);
                try (var r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : -1L;
                }
            }
        });
    }

    @Test
    void aCopyIsKeptAndALaterListingFindsIt() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("download.pdf"), "arXiv:2603.28444v1 [cs.CL] 30 Mar 2026",
                "Entropic Claim Resolution: Uncertainty-Driven Evidence Selection for RAG", List.of("Ana Lee"), null, "Entropy.");
        try (Library library = Library.open(dir.resolve("library.db"))) {
            // the listing came first: the PDF joins the paper it already has
            ParseResult listing = Listings.parse("2603.28444\n");
            Importer importer = new Importer(library);
            importer.commit(importer.preview("ids", listing));
            ParseResult read = PdfListing.read(List.of(pdf));
            importer.commit(importer.preview("pdf", read));
            PaperFiles files = new PaperFiles(library);
            assertEquals(1, files.keep(read.papers(), PaperFiles.Mode.COPY));
            long id = idOf(library, "2603.28444");
            Path kept = files.of(id).orElseThrow();
            assertEquals(dir.resolve("files").resolve(id + ".pdf"), kept);
            assertTrue(!Files.isSymbolicLink(kept) && Files.size(kept) == Files.size(pdf));
            Files.delete(pdf);
            assertTrue(files.of(id).isPresent(), "the copy outlives the download");
        }
    }

    @Test
    void aLinkPointsAtTheFileWhereItIs() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("paper.pdf"), "arXiv:2605.27393v1 [cs.CL] 30 May 2026",
                "StoryMI: Steerable Multi-Agent Therapeutic Dialogue Generation", List.of("Cy Diaz"), null, "Dialogues.");
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(library);
            ParseResult read = PdfListing.read(List.of(pdf));
            importer.commit(importer.preview("pdf", read));
            PaperFiles files = new PaperFiles(library);
            files.keep(read.papers(), PaperFiles.Mode.LINK);
            Path kept = files.of(idOf(library, "2605.27393")).orElseThrow();
            assertTrue(Files.isSymbolicLink(kept));
            assertEquals(pdf.toAbsolutePath(), Files.readSymbolicLink(kept));
        }
    }
}
