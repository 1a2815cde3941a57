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
        return importer.preview(request.source(), parse(request));
    }

    static ParseResult parse(ImportRequest request) {
        if (request.files().isEmpty() && request.html() != null) return HtmlListing.parse(request.html(), request.text());
        return request.files().isEmpty() ? ListingReader.text(request.text()) : ListingReader.files(request.files());
    }
}
