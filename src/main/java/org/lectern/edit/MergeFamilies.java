package org.lectern.edit;

import org.lectern.store.Families;
import org.lectern.store.FamilyArchive;

/**
 * Merges one family into another (the store backs the library up first); undo puts both families back
 * as they were: the receiving one without what it took in, the merged one recreated under its id.
 */
public final class MergeFamilies implements Change {
    private final Families families;
    private final FamilyArchive archive;
    private final long from;
    private final String fromName;
    private final long into;
    private final String intoName;
    private FamilyArchive.Saved saved;

    public MergeFamilies(Families families, FamilyArchive archive, long from, String fromName, long into, String intoName) {
        this.families = families;
        this.archive = archive;
        this.from = from;
        this.fromName = fromName;
        this.into = into;
        this.intoName = intoName;
    }

    @Override
    public String description() {
        return "Merge family " + fromName + " into " + intoName;
    }

    @Override
    public void apply() {
        saved = archive.save(from, into);
        families.merge(from, into);
    }

    @Override
    public void undo() {
        if (saved != null) archive.restore(saved);
    }
}
