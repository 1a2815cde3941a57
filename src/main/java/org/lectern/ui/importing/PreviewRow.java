package org.lectern.ui.importing;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview;

/** One parsed paper in the preview: whether to import it, and its title/abstract split as the reader left it. */
public final class PreviewRow {
    /** Below this split confidence the row is marked for review. */
    public static final double UNCERTAIN = 0.6;

    private final ParsedPaper parsed;
    private final ImportPreview.Match match;
    private final IntegerProperty included;
    // plain values until a cell asks for a property: a preview of 100,000 papers shows a screenful of rows,
    // and 300,000 properties with their listeners would be garbage to make and collect for nothing
    private boolean include;
    private String title;
    private String abstractText;
    private BooleanProperty includeProperty;
    private StringProperty titleProperty;
    private StringProperty abstractProperty;
    private boolean moved;

    /** A row whose checkbox adds to or takes from {@code included}, the count of rows kept. */
    public PreviewRow(ImportPreview.Item item, IntegerProperty included) {
        this.parsed = item.paper();
        this.match = item.match();
        this.included = included;
        this.include = item.match() != ImportPreview.Match.REPEATED && item.match() != ImportPreview.Match.AMBIGUOUS;
        this.title = parsed.title();
        this.abstractText = parsed.abstractText() == null ? "" : parsed.abstractText();
    }

    public ParsedPaper parsed() {
        return parsed;
    }

    public ImportPreview.Match match() {
        return match;
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
        if (abstractProperty == null) abstractProperty = new SimpleStringProperty(abstractText);
        return abstractProperty;
    }

    /** The title as the reader left it (the properties only follow it: the table does not edit them). */
    public String title() {
        return title;
    }

    /** The abstract as the reader left it. */
    public String abstractText() {
        return abstractText;
    }

    /** True while the split is uncertain and the reader has not moved it. */
    public boolean uncertain() {
        return !moved && parsed.confidence() < UNCERTAIN;
    }

    public void moveLeft() {
        apply(Boundary.left(title(), abstractText()));
    }

    public void moveRight() {
        apply(Boundary.right(title(), abstractText()));
    }

    private void apply(Boundary.Split s) {
        moved = true;
        title = s.title();
        abstractText = s.abstractText();
        if (titleProperty != null) titleProperty.set(title);
        if (abstractProperty != null) abstractProperty.set(abstractText);
    }

    /** The paper to import, with the reader's split (a split the reader set is certain). */
    public ParsedPaper toPaper() {
        if (!moved) return parsed;
        return parsed.withSplit(title(), abstractText(), 1.0);
    }

    /** "New", "Unchanged", "Updated", "Repeated", "Ambiguous": how the library sees this row. */
    public String matchLabel() {
        return switch (match) {
            case NEW -> "New";
            case UPDATED -> "Updated";
            case UNCHANGED -> "Unchanged";
            case REPEATED -> "Repeated";
            case AMBIGUOUS -> "Ambiguous";
        };
    }
}
