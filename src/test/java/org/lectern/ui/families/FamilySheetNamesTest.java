package org.lectern.ui.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.List;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.families.Proposal;
import org.lectern.ui.WindowFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The family sheet's names on the real window and library: what "merge into" offers, and a name taken twice. */
@ExtendWith(ApplicationExtension.class)
class FamilySheetNamesTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(f -> FamiliesWindowTest.importSeed(f.library));

    private int count(String sql, Object... args) {
        return Integer.parseInt(fixture.query(sql, args));
    }

    @Test
    void aFamilyAcceptedInTheSheetIsOfferedToMergeIntoAndItsNameIsNotTakenSilentlyAgain(FxRobot robot) {
        until("the seed in the table", () -> fixture.window.table().getItems().size() == 28);
        ProposalSheet sheet = fixture.openFamiliesSheet();
        List<Proposal> proposals = fx(sheet::proposals);
        assertTrue(proposals.size() >= 2, "the seed yields several proposals: " + proposals);
        Proposal first = proposals.get(0);
        Proposal second = proposals.get(1);

        // the first proposal becomes a family called "Shared name"
        fx(() -> {
            sheet.nameField(0).setText("Shared name");
            sheet.focus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        fixture.untilStored("the new family", c -> String.valueOf(first.members().size()).equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = 'Shared name'")));
        until("the first answered", () -> sheet.proposals().size() == proposals.size() - 1);
        assertEquals(second, fx(() -> sheet.proposals().get(0)));
        assertTrue(fx(() -> sheet.mergeBox(0).getItems().contains("Shared name")),
                "a family made after the sheet opened can be merged into");

        // the second, given the same name as a new family, is not merged into the first: the sheet says so
        fx(() -> {
            sheet.nameField(0).setText("shared Name");
            sheet.focus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        until("the warning", () -> sheet.view().lookupAll(".proposal-warning").stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Label l && l.isManaged()
                        && l.getText().contains("There is a family called “shared Name” already")));
        assertEquals(second, fx(() -> sheet.proposals().get(0)), "still waiting for an answer");
        fixture.settle();
        assertEquals(first.members().size(), count("SELECT count(*) FROM family_member m JOIN family f"
                + " ON f.id = m.family_id WHERE f.name = 'Shared name' COLLATE NOCASE"), "nothing joined the first");
        assertEquals(1, count("SELECT count(*) FROM family WHERE name = 'Shared name' COLLATE NOCASE"));

        // chosen under "merge into", the same papers do join it: the reader asked for that
        fx(() -> {
            sheet.mergeBox(0).getSelectionModel().select("Shared name");
            sheet.focus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        long joined = second.members().stream().filter(id -> !first.members().contains(id)).count();
        fixture.untilStored("the second merged on purpose", c -> String.valueOf(first.members().size() + joined).equals(
                WindowFixture.text(c, "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id"
                        + " WHERE f.name = 'Shared name'")));
        robot.type(KeyCode.ESCAPE);
        until("the sheet to close", () -> fixture.window.familiesUi().sheet() == null);
    }
}
