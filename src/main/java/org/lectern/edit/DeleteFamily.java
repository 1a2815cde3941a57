package org.lectern.edit;

import org.lectern.store.Families;
import org.lectern.store.FamilyArchive;

/** Deletes a family (the store backs the library up first); undo brings it back whole, under its id. */
public final class DeleteFamily extends StepChange<FamilyArchive.Saved> {
    public DeleteFamily(Families families, FamilyArchive archive, long familyId, String name) {
        super("Delete family " + name, () -> {
            FamilyArchive.Saved saved = archive.save(familyId);
            families.delete(familyId);
            return saved;
        }, saved -> {
            if (saved != null) archive.restore(saved);
        });
    }
}
