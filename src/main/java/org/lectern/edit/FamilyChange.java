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
    /** The papers a created family starts with (the one paper, or a selection). */
    private final List<Long> members;
    private Families.Membership before;
    private long created = -1;

    private FamilyChange(Families families, long paperId, String name, long familyId, boolean add) {
        this(families, paperId, name, familyId, add, List.of(paperId));
    }

    private FamilyChange(Families families, long paperId, String name, long familyId, boolean add, List<Long> members) {
        this.families = families;
        this.paperId = paperId;
        this.members = List.copyOf(members);
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

    /** A new family named {@code name}, made by the reader, with all of {@code paperIds} in it. */
    public static FamilyChange create(Families families, List<Long> paperIds, String name) {
        if (paperIds.isEmpty()) throw new IllegalArgumentException("a family needs a paper");
        return new FamilyChange(families, paperIds.get(0), name.strip(), -1, true, paperIds);
    }

    @Override
    public String description() {
        return familyId < 0 ? "Create the family " + name : (add ? "Add to " : "Take out of ") + name;
    }

    @Override
    public void apply() {
        if (familyId < 0) {
            created = families.create(name, FamilyKind.READER.key(), null, members, FamilyKind.READER.key());
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
