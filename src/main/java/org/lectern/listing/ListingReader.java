package org.lectern.listing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * From files or text to one parsed listing: the one way listings are read, by the window (a drop, a
 * paste, Ctrl+O) and by {@code lectern import} alike.
 */
public final class ListingReader {
    private ListingReader() {
    }

    /** Hears how far a reading has come: {@code lines} of the listing's {@code of} lines are read. */
    public interface Progress {
        void read(int lines, int of);
    }

    /** Parses {@code text} (pasted or dropped). */
    public static ParseResult text(String text) {
        return Listings.parse(text);
    }

    /** Reads and parses one file; a file that cannot be read throws with the reason. */
    public static ParseResult file(Path file) throws IOException {
        return file(file, false);
    }

    /**
     * {@link #file(Path)}, with BibTeX and RIS keywords taken as tags when {@code keywordsAsTags}. A PDF, or
     * a folder of them, is read as papers; its diagnostics name their files.
     */
    public static ParseResult file(Path file, boolean keywordsAsTags) throws IOException {
        return file(file, keywordsAsTags, null);
    }

    private static ParseResult file(Path file, boolean keywordsAsTags, Progress progress) throws IOException {
        if (PdfListing.accepts(file)) return PdfListing.read(List.of(file));
        return Listings.parse(ListingFiles.read(file), keywordsAsTags, progress);
    }

    /** {@link #text(String)}, telling {@code progress} how far the reading has come. */
    public static ParseResult text(String text, Progress progress) {
        return Listings.parse(text, false, progress);
    }

    /** Reads and parses a stream (standard input). */
    public static ParseResult stream(InputStream in, boolean keywordsAsTags) throws IOException {
        return Listings.parse(ListingFiles.read(in), keywordsAsTags);
    }

    /**
     * Reads {@code files} into one listing. A file that cannot be read becomes a diagnostic naming it,
     * not a failure; with several files every diagnostic names its file. The format is the files' own,
     * or "mixed".
     */
    public static ParseResult files(List<Path> files) {
        return files(files, null);
    }

    /** {@link #files(List)}, telling {@code progress} (null: no one) how far the reading of each file has come. */
    public static ParseResult files(List<Path> files, Progress progress) {
        boolean several = files.size() > 1;
        String format = null;
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path file : files) {
            String name = String.valueOf(file.getFileName());
            ParseResult r;
            try {
                r = file(file, false, progress);
            } catch (IOException e) {
                diagnostics.add(new Diagnostic(0, name + ": " + e.getMessage()));
                continue;
            }
            format = format == null ? r.format() : format.equals(r.format()) ? format : "mixed";
            papers.addAll(r.papers());
            boolean named = PdfListing.NAME.equals(r.format()); // a PDF's diagnostics name their file already
            for (Diagnostic d : r.diagnostics()) {
                diagnostics.add(several && !named ? new Diagnostic(d.line(), name + ": " + d.message()) : d);
            }
        }
        return new ParseResult(format == null ? "unknown" : format, papers, diagnostics);
    }
}
