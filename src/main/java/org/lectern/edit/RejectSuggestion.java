package org.lectern.edit;

import org.lectern.store.Families;

/** The reader says no to a suggestion; undo forgets the "no" and puts the suggestion back. */
public final class RejectSuggestion extends SimpleChange {
    public RejectSuggestion(Families families, Families.Suggestion s) {
        super("Not in family " + s.family(), () -> families.rejectSuggestion(s.familyId(), s.paperId()),
                () -> families.restoreSuggestion(s.familyId(), s.paperId(), s.score()));
    }
}
