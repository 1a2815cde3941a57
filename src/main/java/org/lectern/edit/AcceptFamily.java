package org.lectern.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lectern.families.Proposal;
import org.lectern.library.Family;
import org.lectern.store.Families;
import org.lectern.store.Organizer;

/** Accepts a proposal under a name; undo deletes the family it created, or takes back the papers it added. */
public final class AcceptFamily implements Change {
    private final Organizer organizer;
    private final Families families;
    private final Proposal proposal;
    private final String name;
    private long familyId = -1;
    private boolean created;
    private List<Long> added = List.of();

    public AcceptFamily(Organizer organizer, Families families, Proposal proposal, String name) {
        this.organizer = organizer;
        this.families = families;
        this.proposal = proposal;
        this.name = name.strip();
    }

    @Override
    public String description() {
        return "Accept family " + name;
    }

    @Override
    public void apply() {
        Optional<Family> before = families.byName(name);
        Set<Long> had = before.map(f -> (Set<Long>) new HashSet<>(families.members(f.id()))).orElse(Set.of());
        familyId = organizer.accept(proposal, name);
        created = before.isEmpty();
        List<Long> now = new ArrayList<>(families.members(familyId));
        now.removeAll(had);
        added = now;
    }

    @Override
    public void undo() {
        if (familyId < 0) return;
        if (created) families.delete(familyId);
        else families.takeBack(familyId, added);
    }

    public long familyId() {
        return familyId;
    }

    public boolean created() {
        return created;
    }
}
