package org.lectern.edit;

import org.lectern.store.Families;

/** The reader says no to a suggestion; undo forgets the "no" and puts the suggestion back. */
public final class RejectSuggestion implements Change {
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
