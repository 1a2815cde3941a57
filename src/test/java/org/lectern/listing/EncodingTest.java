package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings saved in the encodings people's tools produce read the same. */
class EncodingTest {
    private static final String BLOCK = "12\nCafé Models: Déjà Vu for Transformers\nWe study naïve caching.\n3 authors · Jan 5, 2024\n";

    @TempDir
    Path dir;

    @Test
    void utf8Utf16WithBomAndLatin1GiveTheSamePaper() throws IOException {
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, BLOCK.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, BLOCK.getBytes(StandardCharsets.UTF_16BE));
        byte[] utf8bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BLOCK.getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : new byte[][] {BLOCK.getBytes(StandardCharsets.UTF_8), utf8bom, utf16le, utf16be,
                BLOCK.getBytes(StandardCharsets.ISO_8859_1)}) {
            Path file = Files.write(dir.resolve("listing.txt"), bytes);
            ParseResult r = Listings.parse(ListingFiles.read(file));
            assertEquals(1, r.papers().size(), r.diagnostics().toString());
            assertEquals("Café Models: Déjà Vu for Transformers", r.papers().get(0).title());
            assertEquals("We study naïve caching.", r.papers().get(0).abstractText());
        }
    }

    @Test
    void aHugeFileIsRefusedWithItsSizeAndTheLimit() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ListingFiles.MAX_BYTES + 1); // sparse: takes no disk
        }
        IOException e = assertThrows(IOException.class, () -> ListingFiles.read(huge));
        assertTrue(e.getMessage().contains("512 MB") && e.getMessage().contains("huge.txt"), e.getMessage());
    }

    @Test
    void oneUndecodableByteCostsItsLineAndNothingElse() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            text.append(i).append(" Paper ").append(i).append(": Café Models for Streams We study naïve streams at scale.")
                    .append(" 3 authors · Jan 5, 2024\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        int line50 = text.substring(0, text.indexOf("\n50 Paper 50") + 1).getBytes(StandardCharsets.UTF_8).length;
        bytes[line50 + 3] = (byte) 0xFF;
        ParseResult r = Listings.parse(ListingFiles.decode(bytes));
        assertEquals(99, r.papers().size(), r.diagnostics().toString());
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
        assertEquals(50, r.diagnostics().get(0).line());
        assertTrue(r.diagnostics().get(0).message().contains("not valid UTF-8"), r.diagnostics().toString());
        assertTrue(r.papers().stream().allMatch(p -> p.title().contains("Café") && !p.title().contains("Ã")));
    }

    @Test
    void aNulCostsItsLineOnlyWhileABinaryFileIsRefusedWhole() {
        String text = "7 Paper A: Streams We\0 study audio. 2 authors · Feb 1, 2024\n"
                + "8 Paper B: Models of Vision for Streams We study vision. 2 authors · Feb 2, 2024\n";
        ParseResult r = Listings.parse(ListingFiles.decode(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.papers().size(), r.diagnostics().toString());
        assertEquals(2, r.papers().get(0).line());
        assertEquals(1, r.diagnostics().get(0).line());
        assertTrue(r.diagnostics().get(0).message().contains("NUL"), r.diagnostics().toString());

        byte[] zip = new byte[300];
        System.arraycopy(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, 0, zip, 0, 10);
        ParseResult z = Listings.parse(ListingFiles.decode(zip));
        assertEquals(1, z.diagnostics().size());
        assertTrue(z.diagnostics().get(0).message().contains("a ZIP archive"), z.diagnostics().toString());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
