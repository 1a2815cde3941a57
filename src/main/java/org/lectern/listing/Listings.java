package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;

/** Reads any listing Lectern knows, choosing the format from the text itself. */
public final class Listings {
    private static final TitleSplitter SPLITTER = new TitleSplitter();
    private static final HuggingFaceLineFormat LINE = new HuggingFaceLineFormat(SPLITTER);
    private static final BlockFormat BLOCK = new BlockFormat(LINE);

    private Listings() {
    }

    /** Parses a whole listing; never throws on bad input, every unread line becomes a diagnostic. */
    public static ParseResult parse(String text) {
        return parse(text, false);
    }

    /**
     * {@link #parse(String)}, with the keywords of BibTeX and RIS entries taken as the papers' tags when
     * {@code keywordsAsTags} (tags go to new papers only, as a Lectern export's do).
     */
    public static ParseResult parse(String text, boolean keywordsAsTags) {
        if (text == null) {
            return empty();
        }
        try {
            ListingText listing = ListingText.of(text);
            String format = FormatDetector.detect(text, listing);
            switch (format) {
                case FormatDetector.EMPTY:
                    return empty();
                case FormatDetector.BINARY:
                    return new ParseResult(FormatDetector.UNKNOWN, List.of(), List.of(new Diagnostic(1,
                            "binary data, not a text listing (" + FormatDetector.controlCount(text)
                                    + " control or undecodable characters near the start)")));
                case HuggingFaceLineFormat.NAME:
                    return LINE.parse(listing);
                case BlockFormat.NAME:
                    return BLOCK.parse(listing);
                case BibtexFormat.NAME:
                    return new BibtexFormat(keywordsAsTags).parse(listing);
                case RisFormat.NAME:
                    return new RisFormat(keywordsAsTags).parse(listing);
                case ArxivIdFormat.NAME:
                    return new ArxivIdFormat().parse(listing);
                case LecternJsonFormat.NAME:
                    return new LecternJsonFormat().parse(text);
                default:
                    return unknown(listing);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's bug must not take the import down: say so instead of throwing
            return new ParseResult(FormatDetector.UNKNOWN, List.of(),
                    List.of(new Diagnostic(1, "the listing could not be read (" + e + ")")));
        }
    }

    private static ParseResult empty() {
        return new ParseResult(FormatDetector.UNKNOWN, List.of(), List.of(new Diagnostic(1, "the listing is empty")));
    }

    /** Text in no known format: every non-blank line says why it is not a paper. */
    private static ParseResult unknown(ListingText listing) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int n = 1; n <= listing.size(); n++) {
            if (!ListingText.isBlank(listing.line(n))) {
                diagnostics.add(new Diagnostic(n, "not a paper: " + HuggingFaceLineFormat.NO_META
                        + ", and not BibTeX, RIS, an arXiv id or a Lectern JSON export"));
            }
        }
        return new ParseResult(FormatDetector.UNKNOWN, List.of(), diagnostics);
    }
}
