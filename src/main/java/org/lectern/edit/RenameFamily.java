package org.lectern.edit;

import org.lectern.store.Families;

/** Renames a family (to the name without its outer spaces); undo gives the old name back. */
public final class RenameFamily extends SimpleChange {
    public RenameFamily(Families families, long familyId, String from, String to) {
        super("Rename family " + from + " to " + to.strip(),
                () -> families.rename(familyId, to.strip()), () -> families.rename(familyId, from));
    }
}
