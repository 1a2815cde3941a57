package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.listing.TestPdfs;

/** {@code lectern import FOLDER}: the folder's PDFs are read, and the files beside them that are not PDFs are named. */
class ImportFolderTest {
    @TempDir
    Path dir;

    private Path folderWithOnePdf() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("downloads"));
        TestPdfs.write(folder.resolve("paper.pdf"), "arXiv:2603.28444v1 [cs.CL] 30 Mar 2026",
                "Entropic Claim Resolution: Uncertainty-Driven Evidence Selection for RAG", List.of("Ana Lee", "Bo Chen"),
                "Some University", "We select evidence by entropy.");
        return folder;
    }

    @Test
    void theFilesThatAreNotPdfsAreNamedInOneLineAndAreNoError() throws IOException {
        Path folder = folderWithOnePdf();
        for (String name : List.of("a.txt", "b.docx", "c.html", "d.bib", "e.png", "f.zip")) {
            Files.writeString(folder.resolve(name), "not a pdf");
        }
        Files.writeString(Files.createDirectories(folder.resolve("notes")).resolve("g.md"), "not a pdf");
        Path library = dir.resolve("library.db");

        for (List<String> args : List.of(List.of("import", "--dry-run", folder.toString()), List.of("import", folder.toString()))) {
            Cli.Result r = Cli.run(library, args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("1 new, 0 updated, 0 unchanged, 0 errors"), r.out());
            assertEquals(List.of(folder + ": skipped 7 files that are not PDFs (a.txt, b.docx, c.html, d.bib, e.png, …)"),
                    r.err().lines().toList(), String.join(" ", args));
        }
    }

    @Test
    void oneFileIsNamedAloneAndAFolderOfOnlyPdfsSaysNothing() throws IOException {
        Path folder = folderWithOnePdf();
        Path library = dir.resolve("library.db");
        Cli.Result quiet = Cli.run(library, "import", "--dry-run", folder.toString());
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.err());

        Files.writeString(folder.resolve("readme.txt"), "not a pdf");
        Cli.Result r = Cli.run(library, "import", folder.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(folder + ": skipped 1 file that is not a PDF (readme.txt)"), r.err().lines().toList());
    }
}
