package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing read in pieces gives the papers, line numbers and diagnostics of reading it whole. */
class ListingBatchesTest {
    @TempDir
    Path dir;

    @Test
    void oneLineListingsReadInPiecesAreReadAsWhole() throws Exception {
        assertSameAsWhole(Resources.text("listings/dev-daily-papers-2024.txt"), "huggingface-line");
    }

    @Test
    void blockListingsAreCutOnlyWhereNoBlockGoesOn() throws Exception {
        assertSameAsWhole(Resources.text("listings/dev-daily-papers-2024-blocks.txt"), "huggingface-block");
    }

    @Test
    void unreadableLinesMixedLineEndsAndBlocksWithoutBlankLinesKeepTheirNumbers() throws Exception {
        String blocks = Resources.text("listings/dev-daily-papers-2024-blocks.txt");
        StringBuilder mixed = new StringBuilder();
        String[] lines = blocks.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            // every other blank line dropped, so pieces must also end after author-count lines
            if (lines[i].isBlank() && i % 4 == 0) continue;
            mixed.append(lines[i]).append(i % 3 == 0 ? "\r\n" : "\n");
            if (i % 97 == 0) mixed.append("a stray line that is no part of any paper\n");
        }
        assertSameAsWhole(mixed.toString(), "huggingface-block");
    }

    @Test
    void otherFormatsAndSmallFilesAreReadWholeAndHandedOutInBatches() throws Exception {
        Path file = Files.writeString(dir.resolve("ids.txt"), "2401.00001\n2401.00002\nnot an id at all\n");
        try (ListingBatches b = ListingBatches.open(file, false, 0, 10)) {
            ParseResult whole = ListingReader.file(file);
            ParseResult first = b.next();
            assertEquals(whole, first);
            assertNull(b.next());
        }
    }

    @Test
    void aLineOfMegabytesIsRefusedByItsNumberNotReadWhole() throws Exception {
        String listing = Resources.text("listings/dev-daily-papers-2024.txt");
        List<String> lines = new ArrayList<>(listing.lines().toList());
        int at = lines.size() / 2;
        lines.add(at, "x".repeat(BoundedLines.MAX_LINE_CHARS + 10));
        Path file = Files.writeString(dir.resolve("long-line.txt"), String.join("\n", lines) + "\n");
        IOException refused = assertThrows(IOException.class, () -> {
            try (ListingBatches b = ListingBatches.open(file, false, 0, 20_000)) {
                while (b.next() != null) {
                    // the papers before the long line are read as usual
                }
            }
        });
        assertTrue(refused.getMessage().startsWith("line " + (at + 1) + " is longer than 1 MB"), refused.getMessage());
    }

    @Test
    void boundedLinesEndWhereReadLineEndsThem() throws Exception {
        String text = "a\r\nb\rc\n\nd\r\r\ne" + "y".repeat(70_000) + "\r";
        BufferedReader expected = new BufferedReader(new StringReader(text));
        try (BoundedLines lines = new BoundedLines(new StringReader(text))) {
            for (int n = 1; ; n++) {
                String want = expected.readLine();
                assertEquals(want, lines.next(n), "line " + n);
                if (want == null) break;
            }
        }
        try (BoundedLines lines = new BoundedLines(new StringReader("ok\n" + "z".repeat(100)), 50)) {
            assertEquals("ok", lines.next(1));
            assertEquals("line 2 is longer than 50 characters, which no paper of a listing is",
                    assertThrows(IOException.class, () -> lines.next(2)).getMessage());
        }
    }

    private void assertSameAsWhole(String text, String format) throws Exception {
        Path file = Files.writeString(dir.resolve("listing.txt"), text, StandardCharsets.UTF_8);
        ParseResult whole = ListingReader.file(file);
        assertEquals(format, whole.format());
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int batches = 0;
        try (ListingBatches b = ListingBatches.open(file, false, 0, 20_000)) {
            assertEquals(format, b.format());
            for (ParseResult r = b.next(); r != null; r = b.next()) {
                papers.addAll(r.papers());
                diagnostics.addAll(r.diagnostics());
                batches++;
            }
            assertEquals(whole.papers().size(), b.papersRead());
        }
        assertTrue(batches > 5, "read in " + batches + " pieces");
        assertEquals(whole.papers(), papers);
        diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::line));
        assertEquals(whole.diagnostics(), diagnostics);
    }
}
