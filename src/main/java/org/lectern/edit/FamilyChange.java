package org.lectern.edit;

import java.util.List;

import org.lectern.library.FamilyKind;
import org.lectern.store.Families;

/**
 * Puts a paper in a family, takes it out, or creates a family for it. Undo gives back exactly what tied
 * the paper to the family before (an automatic membership, a rejection, a suggestion), or deletes the
 * family it created.
 */
public final class FamilyChange implements Change {
    private final Families families;
    private final long paperId;
    private final String name;
    private final long familyId;
    private final boolean add;
    private Families.Membership before;
    private long created = -1;

    private FamilyChange(Families families, long paperId, String name, long familyId, boolean add) {
        this.families = families;
        this.paperId = paperId;
        this.name = name;
        this.familyId = familyId;
        this.add = add;
    }

    public static FamilyChange add(Families families, long paperId, long familyId, String name) {
        return new FamilyChange(families, paperId, name, familyId, true);
    }

    public static FamilyChange remove(Families families, long paperId, long familyId, String name) {
        return new FamilyChange(families, paperId, name, familyId, false);
    }

    /** A new family named {@code name}, made by the reader, with the paper in it. */
    public static FamilyChange create(Families families, long paperId, String name) {
        return new FamilyChange(families, paperId, name.strip(), -1, true);
    }

    @Override
    public String description() {
        return familyId < 0 ? "Create the family " + name : (add ? "Add to " : "Take out of ") + name;
    }

    @Override
    public void apply() {
        if (familyId < 0) {
            created = families.create(name, FamilyKind.READER.key(), null, List.of(paperId), FamilyKind.READER.key());
            return;
        }
        before = families.membership(familyId, paperId);
        if (add) families.add(familyId, paperId);
        else families.remove(familyId, paperId);
    }

    @Override
    public void undo() {
        if (familyId < 0) {
            if (created >= 0) families.delete(created);
        } else if (before != null) {
            families.restoreMembership(familyId, paperId, before);
        }
    }
}
