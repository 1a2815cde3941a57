package org.lectern.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedListingTest {
    @TempDir
    Path dir;

    @Test
    void aDroppedListingFileBecomesAFileRequest() throws Exception {
        Path listing = Files.writeString(dir.resolve("seed.txt"), "2 Title Abstract 1 author · Jan 1, 2024");
        var outcome = DroppedListing.from(List.of(listing.toFile()), "ignored text", "dropped text");
        var accepted = assertInstanceOf(DroppedListing.Accepted.class, outcome);
        assertEquals(List.of(listing), accepted.request().files());
        assertEquals("seed.txt", accepted.request().source());
        assertTrue(accepted.skipped().isEmpty());
    }

    @Test
    void imagesAreSkippedWithAReasonAndFoldersSearchedForPdfs() throws Exception {
        Path listing = Files.writeString(dir.resolve("a.txt"), "x");
        Path image = Files.write(dir.resolve("shot.png"), new byte[] {1});
        Path folder = Files.createDirectory(dir.resolve("folder"));
        var outcome = DroppedListing.from(List.of(listing.toFile(), image.toFile(), folder.toFile()), null, "t");
        var accepted = assertInstanceOf(DroppedListing.Accepted.class, outcome);
        assertEquals(List.of(listing, folder), accepted.request().files());
        assertEquals(List.of("shot.png is not a listing (.png)"), accepted.skipped());
    }

    @Test
    void onlyNonListingsIsRejected() throws Exception {
        Path image = Files.write(dir.resolve("shot.png"), new byte[] {1});
        var outcome = DroppedListing.from(List.of(image.toFile()), null, "t");
        assertTrue(assertInstanceOf(DroppedListing.Rejected.class, outcome).reason().contains("shot.png"));
    }

    @Test
    void textIsTheListingItself() {
        var outcome = DroppedListing.fromClipboard(List.of(), "5 Some Title The abstract. 3 authors · Mar 3, 2024");
        var request = assertInstanceOf(DroppedListing.Accepted.class, outcome).request();
        assertEquals("pasted text", request.source());
        assertTrue(request.files().isEmpty());
        assertTrue(request.text().startsWith("5 Some Title"));
    }

    @Test
    void aUriListOfLocalFilesIsReadAsThoseFiles() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "x");
        Path b = Files.writeString(dir.resolve("b.bib"), "y");
        String uris = "# from a file manager\n" + a.toUri() + "\r\n" + b.toUri() + "\n";
        var request = assertInstanceOf(DroppedListing.Accepted.class, DroppedListing.from(null, uris, "t")).request();
        assertEquals(List.of(a, b), request.files());
        assertEquals("2 files", request.source());
    }

    @Test
    void textMentioningAFileUrlAmongOtherWordsStaysText() {
        String text = "see file:///tmp/x.txt for more";
        var request = assertInstanceOf(DroppedListing.Accepted.class, DroppedListing.from(null, text, "t")).request();
        assertEquals(text, request.text());
    }

    @Test
    void blankContentIsRejectedAndNotOffered() {
        assertInstanceOf(DroppedListing.Rejected.class, DroppedListing.from(List.<File>of(), "  \n", "t"));
        assertInstanceOf(DroppedListing.Rejected.class, DroppedListing.from(null, null, "t"));
        assertFalse(DroppedListing.acceptable(List.of(), " "));
        assertTrue(DroppedListing.acceptable(List.of(), "text"));
    }
}
