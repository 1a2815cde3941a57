package org.lectern.edit;

import java.util.List;

/**
 * Several changes made and taken back as one: applied in order, undone in reverse. When a part fails
 * the parts already applied are taken back, so the library is left as it was.
 */
public class CompositeChange implements Change {
    private final String description;
    private final List<Change> parts;

    public CompositeChange(String description, List<? extends Change> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("a composite change needs parts");
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply() {
        int done = 0;
        try {
            for (Change c : parts) {
                c.apply();
                done++;
            }
        } catch (RuntimeException e) {
            for (int i = done - 1; i >= 0; i--) {
                try {
                    parts.get(i).undo();
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
            }
            throw e;
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) parts.get(i).undo();
    }

    /** The parts, in the order they apply. */
    public List<Change> parts() {
        return parts;
    }
}
