package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export to a place it cannot write says why, names the target, and leaves no partial file behind. */
class ExportTargetTest {
    @TempDir
    Path dir;

    private static long leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".lectern-export")).count();
        }
    }

    @Test
    void aFolderAsTheTargetIsRefusedWithAFileNameToUse() throws IOException {
        Path library = dir.resolve("library.db");
        Path folder = Files.createDirectory(dir.resolve("exports"));
        Cli.Result r = Cli.run(library, "export", "--format", "bibtex", "--out", folder.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--out " + folder + " is a folder; name the file to write in it, e.g. "
                + folder.resolve("papers.bib")), r.err());
        assertEquals(0, leftovers(folder));
        assertEquals(0, leftovers(dir));
    }

    @Test
    void aFileOnTheWayToTheTargetIsNamedAsTheCause() throws IOException {
        Path library = dir.resolve("library.db");
        Path file = Files.writeString(dir.resolve("notes"), "a file, not a folder");
        Path target = file.resolve("sub").resolve("papers.json");
        Cli.Result r = Cli.run(library, "export", "--out", target.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("cannot write " + target + ": "), r.err());
        assertTrue(!r.err().contains(".lectern-export"), "no temporary name in the message: " + r.err());
        assertEquals("a file, not a folder", Files.readString(file));
    }
}
