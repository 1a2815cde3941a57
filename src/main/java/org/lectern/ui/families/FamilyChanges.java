package org.lectern.ui.families;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lectern.edit.Change;
import org.lectern.families.Proposal;
import org.lectern.library.Family;
import org.lectern.store.Families;
import org.lectern.store.Organizer;
import org.lectern.store.StoreException;

/**
 * The undoable changes the families controls make. Each runs on the background thread through the
 * {@link org.lectern.edit.UndoJournal}; families are found again by id, which a recreating undo updates.
 */
public final class FamilyChanges {
    private FamilyChanges() {
    }

    /** Accepts a proposal under a name; undo deletes the family it created, or takes back the papers it added. */
    public static final class Accept implements Change {
        private final Organizer organizer;
        private final Families families;
        private final Proposal proposal;
        private final String name;
        private long familyId = -1;
        private boolean created;
        private List<Long> added = List.of();

        public Accept(Organizer organizer, Families families, Proposal proposal, String name) {
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

    /** Turns a proposal down; undo forgets the refusal, so it may be proposed again. */
    public static final class Reject implements Change {
        private final Organizer organizer;
        private final Proposal proposal;

        public Reject(Organizer organizer, Proposal proposal) {
            this.organizer = organizer;
            this.proposal = proposal;
        }

        @Override
        public String description() {
            return "Reject family " + proposal.name();
        }

        @Override
        public void apply() {
            organizer.reject(proposal);
        }

        @Override
        public void undo() {
            organizer.forgetRejection(proposal);
        }
    }

    /** Renames a family; undo gives the old name back. */
    public static final class Rename implements Change {
        private final Families families;
        private final long familyId;
        private final String from;
        private final String to;

        public Rename(Families families, long familyId, String from, String to) {
            this.families = families;
            this.familyId = familyId;
            this.from = from;
            this.to = to.strip();
        }

        @Override
        public String description() {
            return "Rename family " + from + " to " + to;
        }

        @Override
        public void apply() {
            families.rename(familyId, to);
        }

        @Override
        public void undo() {
            families.rename(familyId, from);
        }
    }

    /** Gives a family another colour; undo gives the old one back. */
    public static final class Recolor implements Change {
        private final Families families;
        private final long familyId;
        private final String name;
        private final String from;
        private final String to;

        public Recolor(Families families, long familyId, String name, String from, String to) {
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

    /** Everything needed to bring a deleted family back: itself, its members, refusals and suggestions. */
    record Snapshot(Family family, List<Families.Member> members, List<Long> rejected, List<Families.Suggestion> suggestions) {
        static Snapshot of(Families families, long familyId) {
            Family f = families.list().stream().filter(x -> x.id() == familyId).findFirst()
                    .orElseThrow(() -> new StoreException("that family is gone"));
            return new Snapshot(f, families.papers(familyId), families.rejected(familyId), families.suggestions(familyId));
        }

        /** Recreates the family under its old name and colour; returns its new id. */
        long restore(Families families) {
            long id = families.create(family.name(), family.kind(), family.reason(), List.of(), "reader");
            families.recolor(id, family.color());
            families.restoreMembers(id, members);
            for (long paper : rejected) families.remove(id, paper);
            for (Families.Suggestion s : suggestions) families.restoreSuggestion(id, s.paperId(), s.score());
            return id;
        }
    }

    /** Deletes a family (the store backs the library up first); undo recreates it with its members. */
    public static final class Delete implements Change {
        private final Families families;
        private final String name;
        private long familyId;
        private Snapshot snapshot;

        public Delete(Families families, long familyId, String name) {
            this.families = families;
            this.familyId = familyId;
            this.name = name;
        }

        @Override
        public String description() {
            return "Delete family " + name;
        }

        @Override
        public void apply() {
            snapshot = Snapshot.of(families, familyId);
            families.delete(familyId);
        }

        @Override
        public void undo() {
            familyId = snapshot.restore(families);
        }
    }

    /**
     * Merges one family into another (the store backs the library up first); undo takes the moved papers
     * out of the receiving family and recreates the merged one.
     */
    public static final class Merge implements Change {
        private final Families families;
        private final String fromName;
        private final String intoName;
        private final long into;
        private long from;
        private Snapshot snapshot;
        private List<Long> added = List.of();

        public Merge(Families families, long from, String fromName, long into, String intoName) {
            this.families = families;
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
            snapshot = Snapshot.of(families, from);
            Set<Long> had = new HashSet<>(families.members(into));
            families.merge(from, into);
            List<Long> now = new ArrayList<>(families.members(into));
            now.removeAll(had);
            added = now;
        }

        @Override
        public void undo() {
            families.takeBack(into, added);
            from = snapshot.restore(families);
        }
    }

    /** The reader says yes to a suggestion; undo takes the paper out again and puts the suggestion back. */
    public static final class ConfirmSuggestion implements Change {
        private final Families families;
        private final Families.Suggestion suggestion;
        private boolean added;

        public ConfirmSuggestion(Families families, Families.Suggestion suggestion) {
            this.families = families;
            this.suggestion = suggestion;
        }

        @Override
        public String description() {
            return "Add to family " + suggestion.family();
        }

        @Override
        public void apply() {
            added = families.confirm(suggestion.familyId(), suggestion.paperId());
        }

        @Override
        public void undo() {
            if (added) families.takeBack(suggestion.familyId(), List.of(suggestion.paperId()));
            families.restoreSuggestion(suggestion.familyId(), suggestion.paperId(), suggestion.score());
        }
    }

    /** The reader says no to a suggestion; undo forgets the "no" and puts the suggestion back. */
    public static final class RejectSuggestion implements Change {
        private final Families families;
        private final Families.Suggestion suggestion;

        public RejectSuggestion(Families families, Families.Suggestion suggestion) {
            this.families = families;
            this.suggestion = suggestion;
        }

        @Override
        public String description() {
            return "Not in family " + suggestion.family();
        }

        @Override
        public void apply() {
            families.rejectSuggestion(suggestion.familyId(), suggestion.paperId());
        }

        @Override
        public void undo() {
            families.restoreSuggestion(suggestion.familyId(), suggestion.paperId(), suggestion.score());
        }
    }
}
