package org.lectern.edit;

import org.lectern.store.Families;
import org.lectern.store.FamilyArchive;

/**
 * Merges one family into another (the store backs the library up first); undo puts both families back
 * as they were: the receiving one without what it took in, the merged one recreated under its id.
 */
public final class MergeFamilies extends StepChange<FamilyArchive.Saved> {
    public MergeFamilies(Families families, FamilyArchive archive, long from, String fromName, long into, String intoName) {
        super("Merge family " + fromName + " into " + intoName, () -> {
            FamilyArchive.Saved saved = archive.save(from, into);
            families.merge(from, into);
            return saved;
        }, saved -> {
            if (saved != null) archive.restore(saved);
        });
    }
}
