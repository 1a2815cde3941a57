package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing too large to read whole in the process's heap is refused with its name and the reason, before the heap runs out. */
class WholeFileMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aFileTooLargeForTheHeapIsRefusedWithItsNameAndTheWayAround() throws IOException {
        Path listing = Files.writeString(dir.resolve("big listing.txt"), "12 A Title Of A Paper An abstract that goes on.\n".repeat(60_000));
        long memory = 8L * 1024 * 1024; // a heap of 8 MB: the 2.8 MB file needs about 11
        IOException e = assertThrows(IOException.class, () -> ListingFiles.read(listing, memory));
        assertTrue(e.getMessage().startsWith(listing + " is 3 MB: read whole, it needs about 11 MB, more than this process's 8 MB"),
                e.getMessage());
        assertTrue(e.getMessage().contains("without --dry-run reads a one-line or block listing in batches"), e.getMessage());

        // with room enough the same file is read
        assertEquals(Files.readString(listing), ListingFiles.read(listing, 64L * 1024 * 1024));
    }
}
