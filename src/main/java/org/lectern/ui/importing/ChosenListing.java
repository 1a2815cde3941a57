package org.lectern.ui.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.listing.PdfListing;
import org.lectern.store.ListingPapers;
import org.lectern.store.PaperBatches;

/**
 * The papers the reader kept in the preview, for the import: the request is read again a batch at a
 * time and each paper is kept or left out as its row says, with the boundary where the reader left it.
 * The listing must give the papers the preview showed: a file changed in between stops the import (which
 * then writes nothing) rather than import papers the reader never saw.
 */
final class ChosenListing implements ListingPapers.Choice {
    private final List<PreviewRow> rows;
    private final boolean[] included;
    private final String source;
    private final List<ParsedPaper> pdfs;
    private int at;

    /**
     * {@code rows} in listing order as the preview made them, {@code included} which of them the reader
     * kept when Import was pressed; the PDFs read go to {@code pdfs}.
     */
    private ChosenListing(ImportRequest request, List<PreviewRow> rows, boolean[] included, List<ParsedPaper> pdfs) {
        this.rows = rows;
        this.included = included;
        this.source = request.source();
        this.pdfs = pdfs;
    }

    /** The import's batches: {@code request} read again, a batch at a time, each paper kept or left out as its row says. */
    static PaperBatches of(ImportRequest request, List<PreviewRow> rows, boolean[] included, List<ParsedPaper> pdfs) {
        return new ListingPapers(ListingLoad.of(request), new ChosenListing(request, rows, included, pdfs));
    }

    @Override
    public List<ParsedPaper> papers(ParseResult r) throws IOException {
        List<ParsedPaper> kept = new ArrayList<>(r.papers().size());
        for (ParsedPaper p : r.papers()) {
            if (at >= rows.size()) throw changed("it now has more papers than its preview");
            PreviewRow row = rows.get(at);
            if (!row.listedTitle().equals(p.title())) {
                throw changed("its paper " + (at + 1) + " (line " + p.line() + ") is now '" + p.title() + "'");
            }
            if (!included[at++]) continue;
            ParsedPaper chosen = row.applyTo(p);
            kept.add(chosen);
            if (PdfListing.NAME.equals(r.format())) pdfs.add(chosen);
        }
        return kept;
    }

    private IOException changed(String how) {
        return new IOException(source + " changed since its preview (" + how + "): drop it again");
    }

    @Override
    public void end() throws IOException {
        if (at < rows.size()) throw changed("it now ends after " + org.lectern.ui.Counted.of(at, "paper", "papers"));
    }
}
