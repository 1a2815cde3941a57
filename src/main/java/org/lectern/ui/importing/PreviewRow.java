package org.lectern.ui.importing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.lectern.library.PaperDate;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview;

/**
 * One parsed paper in the preview: whether to import it, and its title/abstract split as the reader left it.
 * A row keeps only what the sheet shows (the title, the start of the abstract, a few counts), not the
 * paper: a preview of 100,000 papers would otherwise hold every abstract. The import reads the listing
 * again and {@link #applyTo applies} the reader's moves of the boundary to each paper's whole text.
 */
public final class PreviewRow {
    /**
     * Characters of the abstract a row keeps: the 160 a cell shows and some words to move into the title
     * (after more moves the cell shows less, the import still moves the words of the whole abstract).
     */
    static final int ABSTRACT_KEPT = 200;

    private final int index;
    private final String listedTitle;
    private final Integer authors;
    private final PaperDate published;
    private final Integer upvotes;
    private final String arxivId;
    private final int listing;
    private final double confidence;
    /** Marked for review by the preview's {@link ReviewMarks}. */
    private boolean marked;
    private final ImportPreview.Match match;
    /** What the import changes of (or keeps against) the library's title, or why a new paper is flagged; null: nothing. */
    private final String change;
    private final boolean retitles;
    private final boolean flagged;
    private final IntegerProperty included;
    // plain values until a cell asks for a property: a preview of 100,000 papers shows a screenful of rows,
    // and 300,000 properties with their listeners would be garbage to make and collect for nothing
    private boolean include;
    private String title;
    private String abstractStart;
    private BooleanProperty includeProperty;
    private StringProperty titleProperty;
    private StringProperty abstractProperty;
    /** The reader's moves of the boundary in order, 'L' (a word to the abstract) or 'R'; null when none. */
    private StringBuilder moves;

    /** Row {@code index} of the preview, from its first listing; its checkbox adds to or takes from {@code included}, the count kept. */
    public PreviewRow(int index, ImportPreview.Item item, IntegerProperty included) {
        this(index, 0, item, included);
    }

    /** Row {@code index} of the preview, read from the request's listing number {@code listing}. */
    PreviewRow(int index, int listing, ImportPreview.Item item, IntegerProperty included) {
        ParsedPaper parsed = item.paper();
        this.index = index;
        this.listing = listing;
        this.match = item.match();
        this.change = item.change();
        this.retitles = item.retitles();
        this.flagged = item.flagged();
        this.included = included;
        this.include = item.match() != ImportPreview.Match.REPEATED && item.match() != ImportPreview.Match.AMBIGUOUS;
        this.listedTitle = parsed.title();
        this.title = listedTitle;
        String a = parsed.abstractText() == null ? "" : parsed.abstractText();
        // substring copies: the listing's whole abstract is not kept alive by its first characters
        this.abstractStart = a.length() <= ABSTRACT_KEPT ? a : a.substring(0, ABSTRACT_KEPT);
        this.authors = parsed.authors();
        this.published = parsed.published();
        this.upvotes = parsed.upvotes();
        this.arxivId = parsed.arxivId();
        this.confidence = item.reviewConfidence();
    }

    /** Which of the request's listings (files) the paper comes from, from 0. */
    int listing() {
        return listing;
    }

    /**
     * How sure the listed split is, 0..1, for its review: 1 when the listing kept title and abstract apart,
     * or when the library's paper it is keeps a given title ({@link ImportPreview.Item#reviewConfidence}).
     */
    double confidence() {
        return confidence;
    }

    /** Marks or unmarks the listed split for review; {@link ReviewMarks} decides. */
    void mark(boolean uncertain) {
        marked = uncertain;
    }

    /** Where the paper stands among the preview's papers, from 0. */
    public int index() {
        return index;
    }

    /** The title as the listing split it, before any move: the import checks it reads the same paper again. */
    String listedTitle() {
        return listedTitle;
    }

    public ImportPreview.Match match() {
        return match;
    }

    public Integer authors() {
        return authors;
    }

    public PaperDate published() {
        return published;
    }

    public Integer upvotes() {
        return upvotes;
    }

    public String arxivId() {
        return arxivId;
    }

    /** Whether the reader keeps this paper. */
    public boolean included() {
        return includeProperty == null ? include : includeProperty.get();
    }

    public BooleanProperty includeProperty() {
        if (includeProperty == null) {
            includeProperty = new SimpleBooleanProperty(include);
            includeProperty.addListener((o, was, is) -> included.set(included.get() + (is ? 1 : -1)));
        }
        return includeProperty;
    }

    public StringProperty titleProperty() {
        if (titleProperty == null) titleProperty = new SimpleStringProperty(title);
        return titleProperty;
    }

    public StringProperty abstractProperty() {
        if (abstractProperty == null) abstractProperty = new SimpleStringProperty(abstractStart);
        return abstractProperty;
    }

    /** The title as the reader left it (the properties only follow it: the table does not edit them). */
    public String title() {
        return title;
    }

    /** The start of the abstract as the reader left it. */
    public String abstractText() {
        return abstractStart;
    }

    /** True while the split is marked uncertain and the reader has not moved it. */
    public boolean uncertain() {
        return moves == null && marked;
    }

    public void moveLeft() {
        move('L');
    }

    public void moveRight() {
        move('R');
    }

    private void move(char way) {
        if (moves == null) moves = new StringBuilder(2);
        moves.append(way);
        Boundary.Split s = step(way, title, abstractStart);
        title = s.title();
        abstractStart = s.abstractText();
        if (titleProperty != null) titleProperty.set(title);
        if (abstractProperty != null) abstractProperty.set(abstractStart);
    }

    private static Boundary.Split step(char way, String title, String abstractText) {
        return way == 'L' ? Boundary.left(title, abstractText) : Boundary.right(title, abstractText);
    }

    /**
     * {@code paper} (this row's, read again) with the reader's moves made on its whole text: the same
     * steps on the same words, so the split is the one the sheet showed (a split the reader set is certain).
     */
    public ParsedPaper applyTo(ParsedPaper paper) {
        if (moves == null) return paper;
        Boundary.Split s = new Boundary.Split(paper.title(), paper.abstractText() == null ? "" : paper.abstractText());
        for (int i = 0; i < moves.length(); i++) s = step(moves.charAt(i), s.title(), s.abstractText());
        return paper.withSplit(s.title(), s.abstractText(), 1.0);
    }

    /**
     * For the reader, what the import does to the library's title when the listing splits the text
     * otherwise ("title “…” becomes “…”", "keeps the library's title “…”"), then what it changes or adds
     * of the other fields ("upvotes 36 → 43, adds the date"), or which papers a new one was kept apart
     * from; null when nothing of the kind.
     */
    public String change() {
        return change;
    }

    /**
     * "New", "Unchanged", "Updated", "Repeated", "Ambiguous": how the library sees this row; "Updated title"
     * when the import corrects the library's title, "New, flagged" for a new paper kept apart from some.
     */
    public String matchLabel() {
        return switch (match) {
            case NEW -> flagged ? "New, flagged" : "New";
            case UPDATED -> retitles ? "Updated title" : "Updated";
            case UNCHANGED -> "Unchanged";
            case REPEATED -> "Repeated";
            case AMBIGUOUS -> "Ambiguous";
        };
    }
}
