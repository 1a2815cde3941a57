package org.lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lectern.listing.Diagnostic;
import org.lectern.listing.ListingBatches;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.listing.PdfListing;
import org.lectern.store.ListingPapers;
import org.lectern.store.PaperBatches;

/**
 * One listing file of {@code lectern import}, read in batches as the import goes: each batch's unreadable
 * lines are said as it is read, so the whole listing is never in memory.
 * The first batch with papers is read before the import begins, so a file with none writes nothing.
 */
final class StreamedListing implements AutoCloseable {
    private final Path file;
    private final String name;
    private final boolean keywordsAsTags;
    private final PrintWriter err;
    private final ListingBatches batches;
    private final ListingPapers papers;
    private final List<ParsedPaper> pdfs = new ArrayList<>();
    private boolean hasPapers;
    private boolean opened;

    private StreamedListing(Path file, String name, boolean keywordsAsTags, PrintWriter err) throws IOException {
        this.file = file;
        this.name = name;
        this.keywordsAsTags = keywordsAsTags;
        this.err = err;
        this.batches = ListingBatches.open(file, keywordsAsTags);
        this.papers = new ListingPapers(batches, r -> {
            read(r);
            return r.papers();
        });
    }

    /** Opens {@code file}; throws with the reason when it cannot be read. */
    static StreamedListing open(Path file, String name, boolean keywordsAsTags, PrintWriter err) throws IOException {
        StreamedListing s = new StreamedListing(file, name, keywordsAsTags, err);
        try {
            s.hasPapers = s.papers.hasPapers();
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    String format() {
        return batches.format();
    }

    /** Whether the file holds a paper at all. */
    boolean hasPapers() {
        return hasPapers;
    }

    /** Papers read so far. */
    int papersRead() {
        return batches.papersRead();
    }

    /** Lines that could not be read as papers so far. */
    int errors() {
        return batches.errors();
    }

    /** The papers read from PDFs, whose files are kept beside the library afterwards. */
    ParseResult pdfPapers() {
        return new ParseResult(PdfListing.NAME, pdfs, List.of());
    }

    /** The import's batches; a second opening (a redo) reads the file again, quietly. */
    PaperBatches forImport() throws IOException {
        if (!opened) {
            opened = true;
            return papers;
        }
        return PaperBatches.of(ListingBatches.open(file, keywordsAsTags));
    }

    /** A batch as it is read: its unreadable lines said, its PDFs' papers kept. */
    private void read(ParseResult r) {
        for (Diagnostic d : r.diagnostics()) err.println(ImportCommand.at(name, d.line()) + ": " + d.message());
        if (PdfListing.NAME.equals(r.format())) pdfs.addAll(r.papers());
    }

    @Override
    public void close() throws IOException {
        batches.close();
    }
}
