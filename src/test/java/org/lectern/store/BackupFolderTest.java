package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The daily backup when the backups folder beside the library is not what Lectern left there: a
 * failure says the cause in words, and a folder holding a reader's own files gets its backup.
 */
class BackupFolderTest extends LibraryInTempFolder {
    @Test
    void aFileWhereTheBackupsFolderGoesIsNamedAsTheCause() throws Exception {
        TestPapers.importInto(library, paper(1, "Kept Paper", "About kept things.", 1, null));
        Path notes = Backups.folder(library.file());
        Files.writeString(notes, "my own notes\n");

        StoreException e = assertThrows(StoreException.class, () -> Backups.daily(library));
        assertEquals("cannot write a backup: " + notes + " is a file, not a folder; move or rename it so that the folder"
                + " can be made", e.getMessage());
        assertEquals("my own notes\n", Files.readString(notes), "the reader's file is untouched");
    }

    @Test
    void aBackupsFolderHoldingOnlyATextFileGetsTheDailyBackup() throws Exception {
        TestPapers.importInto(library, paper(1, "Kept Paper", "About kept things.", 1, null));
        Path folder = Backups.folder(library.file());
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("readme.txt"), "backups of my reading\n");

        Backups.daily(library);
        List<Path> backups = Backups.list(library.file());
        assertEquals(1, backups.size());
        assertTrue(backups.get(0).getFileName().toString().endsWith("-daily.db"));
        assertEquals("backups of my reading\n", Files.readString(folder.resolve("readme.txt")));
        assertFalse(Files.exists(folder.resolve("readme.txt.db")));
    }

    @Test
    void theCausesOfFileErrorsAreSaidInWords() {
        Path p = Path.of("/somewhere/backups");
        assertEquals(p + " is a folder where a file was to be written",
                FileProblem.reason(p, new java.nio.file.FileSystemException(p.toString(), null, "Is a directory")));
        assertEquals("permission denied: " + p + " may not be written",
                FileProblem.reason(p, new java.nio.file.AccessDeniedException(p.toString())));
        assertEquals("the disk holding " + p + " is full",
                FileProblem.reason(p, new java.nio.file.FileSystemException(p.toString(), null, "No space left on device")));
    }
}
