package org.lectern.ui.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lectern.listing.Diagnostic;
import org.lectern.listing.HtmlListing;
import org.lectern.listing.ListingBatches;
import org.lectern.listing.ListingReader;
import org.lectern.listing.ListingSource;
import org.lectern.listing.ParseResult;
import org.lectern.listing.PdfListing;

/**
 * A request read a batch of papers at a time, as the preview and then the import read it: each file in
 * turn through {@link ListingBatches} (a large one from disk a piece at a time), pasted text and HTML
 * whole (they are small). As {@link ListingReader#files} does, a file that cannot be read becomes a
 * diagnostic naming it, with several files every diagnostic names its file, and the format is the files'
 * own or "mixed". Reading the same request twice gives the same papers in the same order.
 */
final class ListingLoad implements ListingSource {
    private final ImportRequest request;
    private int file;
    private ListingBatches current;
    private boolean textRead;
    private String format;
    private int diagnostics;

    private ListingLoad(ImportRequest request) {
        this.request = request;
    }

    /** Call from the background: nothing is read until {@link #next()}. */
    static ListingLoad of(ImportRequest request) {
        return new ListingLoad(request);
    }

    /** The next batch, or null when every file is read; a file that stops being readable midway throws. */
    @Override
    public ParseResult next() throws IOException {
        if (request.files().isEmpty()) {
            if (textRead) return null;
            textRead = true;
            return counted(request.html() != null ? HtmlListing.parse(request.html(), request.text())
                    : ListingReader.text(request.text(), null));
        }
        boolean several = request.files().size() > 1;
        while (true) {
            if (current == null) {
                if (file >= request.files().size()) return null;
                Path path = request.files().get(file++);
                try {
                    current = ListingBatches.open(path, false);
                } catch (IOException e) {
                    return counted(new ParseResult(formatSoFar(), List.of(),
                            List.of(new Diagnostic(0, path.getFileName() + ": " + e.getMessage()))));
                }
                join(current.format());
            }
            ParseResult r = current.next();
            if (r == null) {
                current.close();
                current = null;
                continue;
            }
            if (!several || PdfListing.NAME.equals(r.format())) return counted(r); // a PDF's diagnostics name their file
            String name = String.valueOf(request.files().get(file - 1).getFileName());
            List<Diagnostic> named = new ArrayList<>(r.diagnostics().size());
            for (Diagnostic d : r.diagnostics()) named.add(new Diagnostic(d.line(), name + ": " + d.message()));
            return counted(new ParseResult(r.format(), r.papers(), named));
        }
    }

    private ParseResult counted(ParseResult r) {
        if (request.files().isEmpty()) join(r.format());
        diagnostics += r.diagnostics().size();
        return r;
    }

    private void join(String f) {
        format = format == null ? f : format.equals(f) ? format : "mixed";
    }

    private String formatSoFar() {
        return format == null ? "unknown" : format;
    }

    /** Which listing the last batch came from: the file's place among the request's files, 0 for pasted text. */
    int listing() {
        return Math.max(0, file - 1);
    }

    /** The format of what was read so far: the files' own, or "mixed". */
    String format() {
        return formatSoFar();
    }

    @Override
    public int errors() {
        return diagnostics;
    }

    @Override
    public void close() throws IOException {
        if (current != null) current.close();
        current = null;
    }
}
