package org.lectern.ui.importing;

import javafx.beans.property.BooleanProperty;
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
    private final BooleanProperty include;
    private final StringProperty title;
    private final StringProperty abstractText;
    private boolean moved;

    public PreviewRow(ImportPreview.Item item) {
        this.parsed = item.paper();
        this.match = item.match();
        this.include = new SimpleBooleanProperty(item.match() != ImportPreview.Match.REPEATED);
        this.title = new SimpleStringProperty(parsed.title());
        this.abstractText = new SimpleStringProperty(parsed.abstractText() == null ? "" : parsed.abstractText());
    }

    public ParsedPaper parsed() {
        return parsed;
    }

    public ImportPreview.Match match() {
        return match;
    }

    public BooleanProperty includeProperty() {
        return include;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty abstractProperty() {
        return abstractText;
    }

    /** True while the split is uncertain and the reader has not moved it. */
    public boolean uncertain() {
        return !moved && parsed.confidence() < UNCERTAIN;
    }

    public void moveLeft() {
        apply(Boundary.left(title.get(), abstractText.get()));
    }

    public void moveRight() {
        apply(Boundary.right(title.get(), abstractText.get()));
    }

    private void apply(Boundary.Split s) {
        moved = true;
        title.set(s.title());
        abstractText.set(s.abstractText());
    }

    /** The paper to import, with the reader's split (a split the reader set is certain). */
    public ParsedPaper toPaper() {
        if (!moved) return parsed;
        ParsedPaper p = parsed;
        return new ParsedPaper(p.line(), p.upvotes(), title.get(), abstractText.get(), p.authors(), p.published(),
                p.comments(), p.arxivId(), p.url(), 1.0, p.extras());
    }

    /** "New", "In library", "Updated", "Repeated": how the library sees this row. */
    public String matchLabel() {
        return switch (match) {
            case NEW -> "New";
            case UPDATED -> "Updated";
            case UNCHANGED -> "In library";
            case REPEATED -> "Repeated";
        };
    }
}
