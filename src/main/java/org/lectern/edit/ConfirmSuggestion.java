package org.lectern.edit;

import java.util.List;

import org.lectern.store.Families;

/** The reader says yes to a suggestion; undo takes the paper out again and puts the suggestion back. */
public final class ConfirmSuggestion extends StepChange<Boolean> {
    public ConfirmSuggestion(Families families, Families.Suggestion s) {
        super("Add to family " + s.family(), () -> families.confirm(s.familyId(), s.paperId()), added -> {
            if (Boolean.TRUE.equals(added)) families.takeBack(s.familyId(), List.of(s.paperId()));
            families.restoreSuggestion(s.familyId(), s.paperId(), s.score());
        });
    }
}
