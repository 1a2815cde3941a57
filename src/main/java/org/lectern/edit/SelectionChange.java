package org.lectern.edit;

import java.util.List;

import org.lectern.store.Library;

/**
 * One action done to each of several selected papers, as one step: one entry in the undo journal and
 * one transaction in the file, so a crash or a failing paper leaves none of them changed. A selection of
 * one paper is that paper's own change, so its undo reads as it always did.
 */
public final class SelectionChange extends CompositeChange {
    private final Library library;

    private SelectionChange(Library library, String description, List<? extends Change> parts) {
        super(description, parts);
        this.library = library;
    }

    /** {@code parts} (one per paper) as one change, described as "{@code what} (N papers)". */
    public static Change of(Library library, String what, List<? extends Change> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("a change to a selection needs a paper");
        if (parts.size() == 1) return parts.get(0);
        return new SelectionChange(library, what + " (" + parts.size() + " papers)", parts);
    }

    @Override
    public void apply() {
        library.write(c -> {
            super.apply();
            return null;
        });
    }

    @Override
    public void undo() {
        library.write(c -> {
            super.undo();
            return null;
        });
    }
}
