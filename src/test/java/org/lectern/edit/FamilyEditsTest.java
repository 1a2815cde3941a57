package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.families.Proposal;
import org.lectern.library.Family;
import org.lectern.store.Families;
import org.lectern.store.Organizer;

/**
 * The families controls' changes (accept, reject, rename, recolour, delete, merge, and the answers to a
 * suggestion) on a real file: each is applied, undone and redone, and the file's rows compared each time.
 */
class FamilyEditsTest extends SeededLibraryTest {
    Families families;
    Organizer organizer;
    List<Long> ids;
    long ernie;
    long code;

    @BeforeEach
    void prepare() {
        families = check.services.families();
        organizer = check.services.organizer();
        ids = check.ids();
        // two families with every kind of row a family has: members, a refusal, a suggestion
        ernie = families.create("ERNIE", "model", "ernie", List.of(ids.get(0), ids.get(1), ids.get(2)), "model-name");
        families.remove(ernie, ids.get(2));
        families.restoreSuggestion(ernie, ids.get(3), 0.45);
        code = families.create("Code", "topic", "code, programming", List.of(ids.get(4), ids.get(0)), "topic");
        families.restoreSuggestion(code, ids.get(5), 0.3);
        families.remove(code, ids.get(6));
    }

    private Family family(String name) {
        return families.byName(name).orElseThrow();
    }

    @Test
    void acceptingANewFamilyIsUndoneAndRedone() {
        Proposal p = new Proposal("Layout", "topic", List.of(ids.get(7), ids.get(8)), List.of("layout"));
        check.appliesUndoesRedoes(new AcceptFamily(organizer, families, p, "Layout"), TableDump::withoutTimes);
        assertEquals(List.of(ids.get(7), ids.get(8)), families.members(family("Layout").id()));
    }

    @Test
    void acceptingIntoAnExistingFamilyIsUndoneAndRedone() {
        Proposal p = new Proposal("ERNIE", "model", List.of(ids.get(0), ids.get(9)), List.of("ernie"));
        AcceptFamily accept = new AcceptFamily(organizer, families, p, "ERNIE");
        check.appliesUndoesRedoes(accept, TableDump::withoutTimes);
        assertFalse(accept.created());
        assertEquals(List.of(ids.get(0), ids.get(1), ids.get(9)), families.members(ernie));
    }

    @Test
    void rejectingAProposalIsUndoneAndRedone() {
        Proposal p = new Proposal("Layout", "topic", List.of(ids.get(7), ids.get(8)), List.of("layout"));
        TableDump after = check.appliesUndoesRedoes(new RejectFamily(organizer, p), TableDump::withoutTimes);
        assertEquals(2, after.rows("proposal_rejection_member").size());
    }

    @Test
    void renamingIsUndoneAndRedone() {
        check.appliesUndoesRedoes(new RenameFamily(families, ernie, "ERNIE", " ERNIE models "));
        assertEquals(ernie, family("ERNIE models").id());
    }

    @Test
    void recolouringIsUndoneAndRedone() {
        check.appliesUndoesRedoes(new RecolorFamily(families, ernie, "ERNIE", family("ERNIE").color(), "#000000"));
        assertEquals("#000000", family("ERNIE").color());
    }

    @Test
    void deletingIsUndoneExactlyUnderTheSameId() {
        check.appliesUndoesRedoes(new DeleteFamily(families, check.services.archive(), ernie, "ERNIE"));
        assertTrue(families.byName("ERNIE").isEmpty());
    }

    @Test
    void mergingIsUndoneExactlyForBothFamilies() {
        check.appliesUndoesRedoes(new MergeFamilies(families, check.services.archive(), code, "Code", ernie, "ERNIE"));
        assertTrue(families.byName("Code").isEmpty());
        assertEquals(List.of(ids.get(0), ids.get(1), ids.get(4)), families.members(ernie));
    }

    @Test
    void confirmingASuggestionIsUndoneAndRedone() {
        Families.Suggestion s = families.suggestions(ernie).get(0);
        check.appliesUndoesRedoes(new ConfirmSuggestion(families, s), TableDump::withoutTimes);
        assertTrue(families.members(ernie).contains(ids.get(3)));
    }

    @Test
    void refusingASuggestionIsUndoneAndRedone() {
        Families.Suggestion s = families.suggestions(code).get(0);
        check.appliesUndoesRedoes(new RejectSuggestion(families, s), TableDump::withoutTimes);
        assertTrue(families.rejected(code).contains(ids.get(5)));
    }
}
