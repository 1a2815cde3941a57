package org.lectern.edit;

import org.lectern.store.Families;

/** Renames a family; undo gives the old name back. */
public final class RenameFamily implements Change {
    private final Families families;
    private final long familyId;
    private final String from;
    private final String to;

    public RenameFamily(Families families, long familyId, String from, String to) {
        this.families = families;
        this.familyId = familyId;
        this.from = from;
        this.to = to.strip();
    }

    @Override
    public String description() {
        return "Rename family " + from + " to " + to;
    }

    @Override
    public void apply() {
        families.rename(familyId, to);
    }

    @Override
    public void undo() {
        families.rename(familyId, from);
    }
}
