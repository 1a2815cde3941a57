package org.lectern.edit;

import java.util.List;

import org.lectern.store.Families;

/** The reader says yes to a suggestion; undo takes the paper out again and puts the suggestion back. */
public final class ConfirmSuggestion implements Change {
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
