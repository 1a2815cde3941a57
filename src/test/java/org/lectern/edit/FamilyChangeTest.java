package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.store.Families;

/** The reader putting one paper in a family or taking it out, on a real file. */
class FamilyChangeTest extends SeededLibraryTest {
    Families families;
    List<Long> ids;
    long family;

    @BeforeEach
    void prepare() {
        families = check.services.families();
        ids = check.ids();
        family = families.create("ERNIE", "model", "ernie", List.of(ids.get(0)), "model-name");
    }

    @Test
    void addingASuggestedPaperIsUndoneAndRedone() {
        families.restoreSuggestion(family, ids.get(1), 0.4);
        check.appliesUndoesRedoes(FamilyChange.add(families, ids.get(1), family, "ERNIE"), TableDump::withoutTimes);
        assertEquals(List.of(ids.get(0), ids.get(1)), families.members(family));
        assertTrue(families.suggestions(family).isEmpty());
    }

    @Test
    void takingAnAutomaticMemberOutIsUndoneAndRedone() {
        check.appliesUndoesRedoes(FamilyChange.remove(families, ids.get(0), family, "ERNIE"), TableDump::withoutTimes);
        assertEquals(List.of(ids.get(0)), families.rejected(family));
    }

    @Test
    void creatingAFamilyIsUndoneAndRedone() {
        check.appliesUndoesRedoes(FamilyChange.create(families, ids.get(2), " Code models "), TableDump::withoutTimes);
        assertEquals(List.of(ids.get(2)), families.members(families.byName("Code models").orElseThrow().id()));
    }
}
