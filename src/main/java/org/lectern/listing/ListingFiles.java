package org.lectern.listing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads listing files and streams as text, whatever their encoding: UTF-8, UTF-16 with a BOM, or Latin-1. */
public final class ListingFiles {
    /** Listings above this size are refused with a message rather than read into memory. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;
    /** How many times its size a listing read whole takes in memory. */
    private static final int WHOLE_FILE_FACTOR = 4;

    private ListingFiles() {
    }

    /** The text of {@code file}; an unreadable or oversized file throws with the reason. */
    public static String read(Path file) throws IOException {
        return read(file, Runtime.getRuntime().maxMemory());
    }

    /**
     * {@link #read(Path)} in a process of {@code memory} bytes of heap: a file read whole takes about four
     * times its size (its bytes, its characters, its papers), so a larger one is refused with the reason
     * before the heap runs out, not after.
     */
    static String read(Path file, long memory) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(file + " is " + size / (1024 * 1024) + " MB; listings over "
                    + MAX_BYTES / (1024 * 1024) + " MB are not read (split it into smaller files)");
        }
        if (size > memory / WHOLE_FILE_FACTOR) {
            throw new IOException(file + " is " + megabytes(size) + " MB: read whole, it needs about "
                    + megabytes(size * WHOLE_FILE_FACTOR) + " MB, more than this process's " + megabytes(memory)
                    + " MB; lectern import without --dry-run reads a one-line or block listing in batches,"
                    + " or split the file into smaller ones");
        }
        return decode(Files.readAllBytes(file));
    }

    private static long megabytes(long bytes) {
        return Math.max(1, Math.round(bytes / (1024.0 * 1024)));
    }

    /** The text of a stream (stdin), with the same size limit. */
    public static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES + 1));
        if (bytes.length > MAX_BYTES) throw new IOException("the input is over " + MAX_BYTES / (1024 * 1024) + " MB");
        return decode(bytes);
    }

    /**
     * Decodes by BOM first, then UTF-8. Text that is not wholly UTF-8 is decoded line by line: when
     * most lines with non-ASCII bytes are UTF-8, a line that is not keeps its good characters and
     * shows each undecodable byte as U+FFFD (the line is then reported, not read); when most are
     * not, the file is Latin-1 (which never fails).
     */
    public static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return strictUtf8().decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return decodeByLine(b);
        }
    }

    private static String decodeByLine(byte[] b) {
        CharsetDecoder strict = strictUtf8();
        StringBuilder out = new StringBuilder(b.length);
        int utf8Lines = 0;
        int otherLines = 0;
        int start = 0;
        while (start < b.length) {
            int end = start;
            boolean ascii = true;
            while (end < b.length && b[end] != '\n' && b[end] != '\r') {
                if (b[end] < 0) ascii = false;
                end++;
            }
            if (ascii) {
                out.append(new String(b, start, end - start, StandardCharsets.US_ASCII));
            } else {
                try {
                    out.append(strict.decode(ByteBuffer.wrap(b, start, end - start)));
                    utf8Lines++;
                } catch (CharacterCodingException e) {
                    out.append(new String(b, start, end - start, StandardCharsets.UTF_8)); // bad bytes become U+FFFD
                    otherLines++;
                }
            }
            int next = end;
            while (next < b.length && (b[next] == '\n' || b[next] == '\r')) next++;
            out.append(new String(b, end, next - end, StandardCharsets.US_ASCII));
            start = next;
        }
        return otherLines > utf8Lines ? new String(b, StandardCharsets.ISO_8859_1) : out.toString();
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
