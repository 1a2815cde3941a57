package org.lectern.ui.importing;

import org.lectern.listing.ListingReader;
import org.lectern.listing.HtmlListing;
import org.lectern.listing.ParseResult;
import org.lectern.store.ImportPreview;
import org.lectern.store.Importer;

/** Reads and parses a request, then matches it against the library: everything a preview shows. */
public final class ListingLoad {
    private ListingLoad() {
    }

    /** Call from the background; files that cannot be read become diagnostics, not failures. */
    public static ImportPreview preview(Importer importer, ImportRequest request) {
        return importer.preview(request.source(), parse(request, null));
    }

    /** {@link #preview(Importer, ImportRequest)}, saying in {@code progress} how far it has come. */
    static ImportPreview preview(Importer importer, ImportRequest request, ReadingProgress progress) {
        ParseResult parsed = parse(request, progress);
        progress.matching(parsed.papers().size());
        return importer.preview(request.source(), parsed);
    }

    static ParseResult parse(ImportRequest request, ListingReader.Progress progress) {
        if (request.files().isEmpty() && request.html() != null) return HtmlListing.parse(request.html(), request.text());
        return request.files().isEmpty() ? ListingReader.text(request.text(), progress)
                : ListingReader.files(request.files(), progress);
    }
}
