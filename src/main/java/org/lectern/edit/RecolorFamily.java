package org.lectern.edit;

import org.lectern.store.Families;

/** Gives a family another colour; undo gives the old one back. */
public final class RecolorFamily extends SimpleChange {
    public RecolorFamily(Families families, long familyId, String name, String from, String to) {
        super("Recolour family " + name, () -> families.recolor(familyId, to), () -> families.recolor(familyId, from));
    }
}
