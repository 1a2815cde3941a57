package org.lectern.listing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A listing read a batch of papers at a time, so that importing one of any length needs the memory of
 * one batch, not of the whole text. A large UTF-8 file in one of the Hugging Face forms (one paper per
 * line, or blocks) is read from disk a piece at a time, each piece ending where no paper can go on: after
 * a blank line or a line with an author count and date. Everything else (other formats, other
 * encodings, small files, pasted text) is read whole, as {@link ListingReader} reads it, and handed
 * out in the same batches. Either way the papers, their line numbers and the diagnostics are those of
 * reading the listing whole.
 */
public final class ListingBatches implements ListingSource {
    /** Files up to this size are read whole: the streaming would save nothing worth its cost. */
    static final long STREAM_ABOVE = 4L * 1024 * 1024;
    /** The text of one piece read from disk, in characters, before it is cut at the next safe line. */
    static final int PIECE_CHARS = 2 * 1024 * 1024;
    /** Papers per batch when the listing was read whole. */
    static final int WHOLE_BATCH = 2000;

    private final String format;
    private final BoundedLines reader;
    private final boolean keywordsAsTags;
    private ParseResult whole;
    private int wholeAt;
    private String pendingLine;
    private int linesRead;
    private int papers;
    private int diagnostics;
    private boolean first = true;
    private String firstPiece;
    private String previousLine;
    private int pieceChars = PIECE_CHARS;

    private ListingBatches(String format, BoundedLines reader, boolean keywordsAsTags) {
        this.format = format;
        this.reader = reader;
        this.keywordsAsTags = keywordsAsTags;
    }

    /** A listing already read whole, in batches. */
    public static ListingBatches of(ParseResult whole) {
        ListingBatches b = new ListingBatches(whole.format(), null, false);
        b.whole = whole;
        return b;
    }

    /** {@code file} in batches; a file that cannot be read throws with the reason, as {@link ListingReader#file} does. */
    public static ListingBatches open(Path file, boolean keywordsAsTags) throws IOException {
        return open(file, keywordsAsTags, STREAM_ABOVE, PIECE_CHARS);
    }

    /** {@link #open(Path, boolean)} streaming files above {@code streamAbove} bytes, in pieces of {@code pieceChars}. */
    static ListingBatches open(Path file, boolean keywordsAsTags, long streamAbove, int pieceChars) throws IOException {
        if (PdfListing.accepts(file) || Files.size(file) <= streamAbove || Files.size(file) > ListingFiles.MAX_BYTES
                || !plainUtf8(file)) {
            return of(ListingReader.file(file, keywordsAsTags));
        }
        BoundedLines reader = new BoundedLines(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        try {
            // the first piece, cut anywhere, only to see the format; a block listing's is then read on to a safe cut
            ListingBatches b = new ListingBatches(null, reader, keywordsAsTags);
            b.pieceChars = pieceChars;
            StringBuilder head;
            try {
                head = b.piece(new StringBuilder(pieceChars + 4096), true);
            } catch (BoundedLines.TooLong e) {
                head = null; // not a listing of papers a line or a block at a time: read as any other file
            }
            String format = head == null ? null : streamedFormat(head.toString());
            if (format == null) {
                reader.close();
                return of(ListingReader.file(file, keywordsAsTags));
            }
            ListingBatches streaming = new ListingBatches(format, reader, keywordsAsTags);
            streaming.pieceChars = pieceChars;
            streaming.pendingLine = b.pendingLine;
            streaming.previousLine = b.previousLine;
            streaming.linesRead = b.linesRead;
            streaming.firstPiece = format.equals(BlockFormat.NAME) ? streaming.piece(head, false).toString() : head.toString();
            return streaming;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The format of the listing, as {@link ParseResult#format()} names it. */
    public String format() {
        return format;
    }

    /** Papers handed out so far. */
    public int papersRead() {
        return papers;
    }

    /** Diagnostics handed out so far. */
    @Override
    public int errors() {
        return diagnostics;
    }

    @Override
    public ParseResult next() throws IOException {
        ParseResult r = reader == null ? nextWhole() : nextPiece();
        if (r != null) {
            papers += r.papers().size();
            diagnostics += r.diagnostics().size();
        }
        first = false;
        return r;
    }

    private ParseResult nextWhole() {
        if (whole == null) return null;
        List<ParsedPaper> all = whole.papers();
        if (wholeAt >= all.size() && !(first && !whole.diagnostics().isEmpty())) {
            whole = null;
            return null;
        }
        int end = Math.min(all.size(), wholeAt + WHOLE_BATCH);
        // the diagnostics go with the first batch: a listing read whole is small, and so are they
        ParseResult r = new ParseResult(whole.format(), all.subList(wholeAt, end), first ? whole.diagnostics() : List.of());
        wholeAt = end;
        return r;
    }

    private ParseResult nextPiece() throws IOException {
        int offset;
        String piece;
        if (firstPiece != null) {
            piece = firstPiece;
            firstPiece = null;
            offset = 0;
        } else {
            offset = linesRead;
            StringBuilder text = piece(new StringBuilder(pieceChars + 4096), false);
            if (text == null) return null;
            piece = text.toString();
        }
        ParseResult r = Listings.parsePiece(piece, format, keywordsAsTags);
        if (offset == 0) return r;
        List<ParsedPaper> moved = new ArrayList<>(r.papers().size());
        for (ParsedPaper p : r.papers()) {
            moved.add(new ParsedPaper(p.line() + offset, p.upvotes(), p.title(), p.abstractText(), p.authors(),
                    p.published(), p.comments(), p.arxivId(), p.url(), p.confidence(), p.extras(), p.bibtexKey(),
                    p.authorNames()));
        }
        List<Diagnostic> said = new ArrayList<>(r.diagnostics().size());
        for (Diagnostic d : r.diagnostics()) said.add(new Diagnostic(d.line() + offset, d.message()));
        return new ParseResult(r.format(), moved, said);
    }

    /**
     * Appends the next lines to {@code out}, each ending in a line feed, until it holds {@code pieceChars}
     * and the next line may start a piece ({@code anywhere}: any line may); null when there were no lines.
     */
    private StringBuilder piece(StringBuilder out, boolean anywhere) throws IOException {
        int lines = 0;
        String line;
        while ((line = pendingLine != null ? pendingLine : reader.next(linesRead + lines + 1)) != null) {
            pendingLine = null;
            if (out.length() >= pieceChars && (anywhere || mayStartPiece(line))) {
                pendingLine = line;
                break;
            }
            out.append(line).append('\n');
            previousLine = line;
            lines++;
        }
        linesRead += lines;
        return out.length() == 0 ? null : out;
    }

    /**
     * Whether a piece may begin with {@code line}: no paper goes on across it. One-line papers never
     * go on; a block ends before a blank line and after its author-count line.
     */
    private boolean mayStartPiece(String line) {
        if (!BlockFormat.NAME.equals(format)) return true;
        return ListingText.isBlank(line) || (previousLine != null && PaperMeta.parse(previousLine) != null);
    }

    /** The streamable format of a listing whose first piece is {@code piece}, or null to read it whole. */
    private static String streamedFormat(String piece) {
        if (piece == null || HtmlListing.looksLikeHtml(piece)) return null;
        String format = FormatDetector.detect(piece, ListingText.of(piece));
        return format.equals(HuggingFaceLineFormat.NAME) || format.equals(BlockFormat.NAME) ? format : null;
    }

    /** Whether the file is UTF-8 without a byte-order mark, every byte of it (read once, in pieces). */
    private static boolean plainUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            ByteBuffer bytes = ByteBuffer.allocate(buf.length + 8);
            CharBuffer chars = CharBuffer.allocate(buf.length + 8);
            boolean start = true;
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (start && n >= 2 && ((buf[0] & 0xff) == 0xEF || (buf[0] & 0xff) == 0xFE || (buf[0] & 0xff) == 0xFF)) {
                    return false;
                }
                start = false;
                bytes.put(buf, 0, n).flip();
                CoderResult r = strict.decode(bytes, chars, false);
                if (r.isError()) return false;
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            CoderResult r = strict.decode(bytes, chars, true);
            return !r.isError() && !bytes.hasRemaining();
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) reader.close();
    }
}
