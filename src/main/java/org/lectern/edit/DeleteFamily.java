package org.lectern.edit;

import org.lectern.store.Families;
import org.lectern.store.FamilyArchive;

/** Deletes a family (the store backs the library up first); undo brings it back whole, under its id. */
public final class DeleteFamily implements Change {
    private final Families families;
    private final FamilyArchive archive;
    private final long familyId;
    private final String name;
    private FamilyArchive.Saved saved;

    public DeleteFamily(Families families, FamilyArchive archive, long familyId, String name) {
        this.families = families;
        this.archive = archive;
        this.familyId = familyId;
        this.name = name;
    }

    @Override
    public String description() {
        return "Delete family " + name;
    }

    @Override
    public void apply() {
        saved = archive.save(familyId);
        families.delete(familyId);
    }

    @Override
    public void undo() {
        if (saved != null) archive.restore(saved);
    }
}
