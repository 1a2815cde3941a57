package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.importInto;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Libraries in one folder share its backups folder, yet each lists, rotates and dates only its own copies:
 * another library's many backups never push out this one's, and a restore offers only this one's.
 */
class SideBySideBackupsTest extends LibraryInTempFolder {
    private static boolean of(Path backup, String stem) {
        return backup.getFileName().toString().startsWith(stem + "-");
    }

    @Test
    void eachLibraryKeepsItsOwnBackups() throws Exception {
        importInto(library, paper(1, "Library Paper", "A.", 1, null));
        Path ownDaily = Backups.create(library, "daily");
        try (Library beta = Library.open(dir.resolve("library-2.db")); Library gamma = Library.open(dir.resolve("omega.db"))) {
            importInto(beta, paper(1, "Beta Paper", "B.", 1, null));
            for (int i = 0; i < Backups.KEEP + 3; i++) Backups.create(beta, "before-delete");

            // beta's rotation left library.db's one backup where it was, and kept ten of its own
            assertTrue(Files.exists(ownDaily), "another library's rotation never removes this one's backup");
            assertEquals(List.of(ownDaily), Backups.list(library.file()), "only its own, though the names begin alike");
            List<Path> betas = Backups.list(beta.file());
            assertEquals(Backups.KEEP, betas.size());
            assertTrue(betas.stream().allMatch(p -> of(p, "library-2")), betas.toString());

            // a library with no backup of its own gets its daily one, whatever the folder holds
            assertEquals(List.of(), Backups.list(gamma.file()));
            Backups.daily(gamma);
            List<Path> gammas = Backups.list(gamma.file());
            assertEquals(1, gammas.size());
            assertTrue(of(gammas.get(0), "omega") && gammas.get(0).getFileName().toString().endsWith("-daily.db"));
        }
    }
}
