package org.lectern.ui.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lectern.listing.Diagnostic;
import org.lectern.listing.HtmlListing;
import org.lectern.listing.ListingFiles;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.listing.PdfListing;
import org.lectern.store.ImportPreview;
import org.lectern.store.Importer;

/** Reads and parses a request, then matches it against the library: everything a preview shows. */
public final class ListingLoad {
    private ListingLoad() {
    }

    /** Call from the background; files that cannot be read become diagnostics, not failures. */
    public static ImportPreview preview(Importer importer, ImportRequest request) {
        return importer.preview(request.source(), parse(request));
    }

    static ParseResult parse(ImportRequest request) {
        if (request.files().isEmpty() && request.html() != null) return HtmlListing.parse(request.html(), request.text());
        if (request.files().isEmpty()) return Listings.parse(request.text());
        boolean several = request.files().size() > 1;
        String format = null;
        List<org.lectern.listing.ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path file : request.files()) {
            String name = String.valueOf(file.getFileName());
            ParseResult r;
            if (java.nio.file.Files.isDirectory(file) || PdfListing.accepts(file)) {
                r = PdfListing.read(List.of(file));
                format = format == null ? r.format() : format.equals(r.format()) ? format : "mixed";
                papers.addAll(r.papers());
                diagnostics.addAll(r.diagnostics()); // they name their file already
                continue;
            }
            String text;
            try {
                text = ListingFiles.read(file);
            } catch (IOException e) {
                diagnostics.add(new Diagnostic(0, name + ": " + e.getMessage()));
                continue;
            }
            r = Listings.parse(text);
            format = format == null ? r.format() : format.equals(r.format()) ? format : "mixed";
            papers.addAll(r.papers());
            for (Diagnostic d : r.diagnostics()) {
                diagnostics.add(several ? new Diagnostic(d.line(), name + ": " + d.message()) : d);
            }
        }
        return new ParseResult(format == null ? "unknown" : format, papers, diagnostics);
    }
}
