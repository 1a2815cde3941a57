package org.lectern.store;

import java.util.List;

import org.lectern.listing.Diagnostic;
import org.lectern.listing.ParsedPaper;

/** What an import would do, worked out against the library without writing anything. */
public record ImportPreview(String source, String format, List<Item> items, List<Diagnostic> diagnostics) {
    /** How an item's {@code change} begins when the import gives the library's paper the listing's title. */
    static final String RETITLED = "title \u201c";

    /** How a parsed paper relates to the library. */
    public enum Match {
        /** not in the library yet */
        NEW,
        /** in the library, and the listing brings other upvotes, comments or missing details */
        UPDATED,
        /** in the library exactly as listed */
        UNCHANGED,
        /** the same paper appears earlier in this import */
        REPEATED,
        /** could be more than one paper of the library, or none: not imported, so nothing is guessed */
        AMBIGUOUS
    }

    /** How a paper of the listing was recognised as one of the library (or of the same listing). */
    public enum By {
        /** the same arXiv id, versions aside */
        ID,
        /** the same normalised title, with abstracts that do not disagree */
        TITLE,
        /** the same whole text, title and abstract together, however it was split */
        TEXT,
        /** a given title (its own field in the listing) that begins a guessed split's whole text */
        SPLIT;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One parsed paper and what importing it would do.
     *
     * @param existingId  the library's paper it is (null for new, repeated and ambiguous ones)
     * @param by          how it was recognised; null for new and ambiguous papers
     * @param candidates  for an ambiguous paper, the library's papers it could be; for a new one, the papers
     *                    it was kept apart from though it could be one of them (flagged, never merged)
     * @param placeholder a new paper known by its id alone, stored as needing details
     * @param change      for the reader, what the import changes in the library's title or keeps of it when
     *                    the listing splits the text otherwise, then what it changes or adds of the other
     *                    fields ("upvotes 36 → 43, adds the date"); null when nothing of the kind
     * @param titleKnown  the library's paper it is has, once imported, a given title (its own field in a
     *                    listing, or the reader's): however the listing split it, there is no split to review
     */
    public record Item(ParsedPaper paper, Match match, Long existingId, By by, List<Long> candidates,
                       boolean placeholder, String change, boolean titleKnown) {
        public Item {
            candidates = List.copyOf(candidates);
        }

        public Item(ParsedPaper paper, Match match, Long existingId, By by, List<Long> candidates,
                    boolean placeholder, String change) {
            this(paper, match, existingId, by, candidates, placeholder, change, false);
        }

        public Item(ParsedPaper paper, Match match, Long existingId, By by, List<Long> candidates, boolean placeholder) {
            this(paper, match, existingId, by, candidates, placeholder, null);
        }

        public Item(ParsedPaper paper, Match match, Long existingId) {
            this(paper, match, existingId, null, List.of(), false);
        }

        /** Whether the import gives the library's paper another title (the listing's, given where the library's was guessed). */
        public boolean retitles() {
            return match == Match.UPDATED && change != null && change.startsWith(RETITLED);
        }

        /**
         * How sure the paper's title is, for the review of uncertain splits: the split's confidence, or 1
         * when the title is known ({@link #titleKnown}). The preview, the dry run and the import's list of
         * uncertain splits all mark papers by this.
         */
        public double reviewConfidence() {
            return titleKnown ? 1.0 : paper.confidence();
        }

        /** A new paper kept apart from library papers it could be (see {@link #candidates}). */
        public boolean flagged() {
            return match == Match.NEW && !candidates.isEmpty();
        }

        /** A line for the reader about a flagged paper: which papers it was kept apart from, and what to do. */
        public String flag() {
            return "'" + paper.title() + "' is new, " + change;
        }

        /** A line for the reader about an ambiguous paper: which papers it could be, and what to do. */
        public String ambiguity() {
            return "'" + paper.title() + "' could be any of the papers " + candidates.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + " (same title, abstracts neither alike nor"
                    + " clearly different); not imported: compare them with lectern show, then merge or edit";
        }
    }

    public long count(Match m) {
        return items.stream().filter(i -> i.match() == m).count();
    }

    /** How many papers already in the library (updated or unchanged) were recognised this way. */
    public long count(By by) {
        return items.stream().filter(i -> i.existingId() != null && i.by() == by).count();
    }

    /** The papers that could not be told apart from more than one of the library's, in listing order. */
    public List<Item> ambiguous() {
        return items.stream().filter(i -> i.match() == Match.AMBIGUOUS).toList();
    }
}
