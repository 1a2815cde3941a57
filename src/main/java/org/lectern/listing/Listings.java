package org.lectern.listing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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
        return parse(text, false, Clock.systemDefaultZone());
    }

    /** As {@link #parse(String)}, with the clock that says which year a date written without one is in. */
    public static ParseResult parse(String text, Clock clock) {
        return parse(text, false, clock);
    }

    /**
     * {@link #parse(String)}, with the keywords of BibTeX and RIS entries taken as the papers' tags when
     * {@code keywordsAsTags} (tags go to new papers only, as a Lectern export's do).
     */
    public static ParseResult parse(String text, boolean keywordsAsTags) {
        return parse(text, keywordsAsTags, Clock.systemDefaultZone());
    }

    private static ParseResult parse(String text, boolean keywordsAsTags, Clock clock) {
        return parse(text, keywordsAsTags, clock, null);
    }

    /** {@link #parse(String, boolean)}, telling {@code progress} (null: no one) how far the reading has come. */
    static ParseResult parse(String text, boolean keywordsAsTags, ListingReader.Progress progress) {
        return parse(text, keywordsAsTags, Clock.systemDefaultZone(), progress);
    }

    private static ParseResult parse(String text, boolean keywordsAsTags, Clock clock, ListingReader.Progress progress) {
        if (text != null && HtmlListing.looksLikeHtml(text)) {
            return HtmlListing.parse(text, null, clock); // a saved page
        }
        return parseText(text, keywordsAsTags, clock, progress);
    }

    /** Reads text as a listing, never as HTML (the plain-text fallback of an HTML page). */
    static ParseResult parseText(String text, Clock clock) {
        return parseText(text, false, clock);
    }

    private static ParseResult parseText(String text, boolean keywordsAsTags, Clock clock) {
        return parseText(text, keywordsAsTags, clock, null);
    }

    private static ParseResult parseText(String text, boolean keywordsAsTags, Clock clock, ListingReader.Progress progress) {
        if (text == null) {
            return empty();
        }
        try {
            ListingText listing = ListingText.of(text);
            String format = FormatDetector.detect(text, listing);
            if (format.equals(FormatDetector.BINARY)) {
                String kind = FormatDetector.signature(text);
                return new ParseResult(FormatDetector.UNKNOWN, List.of(), List.of(new Diagnostic(1,
                        "binary data, not a text listing (" + (kind != null ? kind + "; " : "")
                                + FormatDetector.controlCount(text) + " control or undecodable characters near the start)")));
            }
            if (format.equals(FormatDetector.EMPTY) && !listing.damaged.isEmpty()) {
                return new ParseResult(FormatDetector.UNKNOWN, List.of(), listing.damaged);
            }
            if (progress != null) listing.watch(progress); // after the detector's look, which is not reading
            return withDamaged(parse(text, listing, format, keywordsAsTags, clock), listing.damaged);
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's bug must not take the import down: say so instead of throwing
            return new ParseResult(FormatDetector.UNKNOWN, List.of(),
                    List.of(new Diagnostic(1, "the listing could not be read (" + e + ")")));
        }
    }

    private static ParseResult parse(String text, ListingText listing, String format, boolean keywordsAsTags, Clock clock) {
        return switch (format) {
            case FormatDetector.EMPTY -> empty();
            case HuggingFaceLineFormat.NAME -> LINE.parse(listing);
            case BlockFormat.NAME -> BLOCK.parse(listing);
            case BibtexFormat.NAME -> new BibtexFormat(keywordsAsTags).parse(listing);
            case RisFormat.NAME -> new RisFormat(keywordsAsTags).parse(listing);
            case ArxivIdFormat.NAME -> new ArxivIdFormat().parse(listing);
            case LecternJsonFormat.NAME -> new LecternJsonFormat().parse(text);
            // the copied web pages are read on their cleaned lines (spaces folded, invisible marks gone)
            case ArxivListFormat.NAME -> new ArxivListFormat().parse(ShapeText.cleanLines(listing));
            case HuggingFaceCardFormat.NAME -> new HuggingFaceCardFormat(clock).parse(ShapeText.cleanLines(listing));
            case ScholarFormat.NAME -> new ScholarFormat().parse(ShapeText.cleanLines(listing));
            case DblpFormat.NAME -> new DblpFormat().parse(ShapeText.cleanLines(listing));
            default -> {
                // prose that names papers gives those papers; prose that names none is not a listing
                ParseResult links = new LinkScanFormat().parse(listing);
                yield links != null ? links : unknown(listing);
            }
        };
    }

    /**
     * One piece of a longer listing in {@code format} (one-line or block form), cut where no paper goes
     * on ({@link ListingBatches}); its line numbers count from the piece's first line.
     */
    static ParseResult parsePiece(String piece, String format, boolean keywordsAsTags) {
        try {
            ListingText listing = ListingText.of(piece);
            return withDamaged(parse(piece, listing, format, keywordsAsTags, Clock.systemDefaultZone()), listing.damaged);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParseResult(format, List.of(), List.of(new Diagnostic(1, "the listing could not be read (" + e + ")")));
        }
    }

    /** The lines that could not be decoded join the format's own diagnostics, in line order. */
    private static ParseResult withDamaged(ParseResult r, List<Diagnostic> damaged) {
        if (damaged.isEmpty()) {
            return r;
        }
        List<Diagnostic> all = new ArrayList<>(r.diagnostics());
        all.addAll(damaged);
        all.sort(Comparator.comparingInt(Diagnostic::line));
        return new ParseResult(r.format(), r.papers(), all);
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
