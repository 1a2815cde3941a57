package org.lectern.edit;

import org.lectern.store.Families;

/** Gives a family another colour; undo gives the old one back. */
public final class RecolorFamily implements Change {
    private final Families families;
    private final long familyId;
    private final String name;
    private final String from;
    private final String to;

    public RecolorFamily(Families families, long familyId, String name, String from, String to) {
        this.families = families;
        this.familyId = familyId;
        this.name = name;
        this.from = from;
        this.to = to;
    }

    @Override
    public String description() {
        return "Recolour family " + name;
    }

    @Override
    public void apply() {
        families.recolor(familyId, to);
    }

    @Override
    public void undo() {
        families.recolor(familyId, from);
    }
}
