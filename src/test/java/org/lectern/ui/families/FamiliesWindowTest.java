package org.lectern.ui.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.families.Proposal;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.store.Families;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.Papers;
import org.lectern.ui.WindowFixture;
import org.lectern.ui.sidebar.SidebarEntry;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The families controls on the real window and a real library file, read back through a new connection. */
@ExtendWith(ApplicationExtension.class)
class FamiliesWindowTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest(WindowFixture::seed);

    /** The seed listing, imported as the window's import would (no families yet). */
    static void importSeed(Library library) throws Exception {
        String seed;
        try (InputStream in = FamiliesWindowTest.class.getResourceAsStream("/listings/seed-ernie-and-friends.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseResult r = Listings.parse(seed);
        new Importer(library).commit("seed-ernie-and-friends.txt", r.format(), r.papers(), r.diagnostics().size(), f -> { });
    }

    private void rowsLoaded() {
        until("the seed in the table", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
    }

    private ProposalSheet openSheet() {
        return fixture.openFamiliesSheet();
    }

    private int count(String sql, Object... args) {
        return Integer.parseInt(fixture.query(sql, args));
    }

    private int members(String family) {
        return count("SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = ?", family);
    }

    @Test
    void aRowDroppedOnASidebarFamilyJoinsItAndUndoTakesItOut(FxRobot robot) throws Exception {
        rowsLoaded();
        Families families = new Families(fixture.library);
        long id = families.create("Reading group", "reader", null, List.of(), "reader");
        long paper = new Papers(fixture.library).find("FoleyGen").orElseThrow().id();
        fx(() -> {
            fixture.window.addToFamily("Reading group", paper); // what the sidebar's drop handler calls
            return null;
        });
        fixture.untilStored("the dropped paper in the family", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member WHERE family_id = ? AND paper_id = " + paper, id)));
        until("the change to be undoable", () -> fixture.window.journal().nextUndo().isPresent());
        robot.clickOn("#paper-table");
        undo(robot);
        fixture.untilStored("the drop undone", c -> "0".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member WHERE family_id = ?", id)));
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    @Test
    void acceptRenameAndRejectProposalsWithKeys(FxRobot robot) {
        rowsLoaded();
        ProposalSheet sheet = openSheet();
        List<Proposal> proposals = fx(sheet::proposals);
        assertTrue(proposals.size() >= 3, "the seed yields several proposals: " + proposals);
        int ernie = -1;
        for (int i = 0; i < proposals.size(); i++) if (proposals.get(i).name().equalsIgnoreCase("ERNIE")) ernie = i;
        assertTrue(ernie >= 0, "an ERNIE proposal: " + proposals);
        Proposal ernieProposal = proposals.get(ernie);
        assertEquals(0, fx(sheet::current));

        // ↓ to ERNIE, Enter accepts it
        for (int i = 0; i < ernie; i++) robot.type(KeyCode.DOWN);
        assertEquals(ernie, (int) fx(sheet::current));
        robot.type(KeyCode.ENTER);
        fixture.untilStored("the ERNIE family", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family WHERE name = 'ERNIE'")));
        fixture.untilStored("its members", c -> String.valueOf(ernieProposal.members().size()).equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = 'ERNIE'")));
        assertEquals(proposals.size() - 1, (int) fx(() -> sheet.proposals().size()));

        // R rejects the current one: it is remembered, no family is made
        Proposal rejected = fx(() -> sheet.proposals().get(sheet.current()));
        robot.type(KeyCode.R);
        fixture.untilStored("the refusal", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM proposal_rejection WHERE name = ?", rejected.name())));
        assertEquals(0, count("SELECT count(*) FROM family WHERE name = ?", rejected.name()));

        // rename the next one in its name field, Enter accepts it under the new name
        Proposal renamed = fx(() -> sheet.proposals().get(sheet.current()));
        fx(() -> {
            sheet.nameField(sheet.current()).requestFocus();
            sheet.nameField(sheet.current()).selectAll();
            return null;
        });
        robot.write("Reading later");
        robot.type(KeyCode.ENTER);
        fixture.untilStored("the renamed family", c -> String.valueOf(renamed.members().size()).equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = 'Reading later'")));
        assertEquals(0, count("SELECT count(*) FROM family WHERE name = ?", renamed.name()));

        // Esc closes the sheet; the sidebar shows the new families
        robot.type(KeyCode.ESCAPE);
        until("the sheet to close", () -> fixture.window.familiesUi().sheet() == null);
        until("the families in the sidebar", () -> fixture.window.sidebar().view().getItems().stream()
                .anyMatch(e -> e instanceof SidebarEntry.FamilyEntry f && f.label().equals("Reading later")));

        // Ctrl+Z takes the last accepted family back, and only it
        undo(robot);
        fixture.untilStored("the last family to go", c -> "0".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family WHERE name = 'Reading later'")));
        assertEquals(ernieProposal.members().size(), members("ERNIE"));
        assertEquals(1, count("SELECT count(*) FROM family"));
    }

    @Test
    void mergeIntoAnExistingFamilyAndUndoTakesOnlyTheNewPapersBack(FxRobot robot) {
        rowsLoaded();
        Families families = new Families(fixture.library);
        Papers papers = new Papers(fixture.library);
        Paper first = papers.all(PaperFilter.all()).get(0);
        families.create("Favourites", "reader", null, List.of(first.id()), "reader");
        fx(() -> {
            fixture.window.refreshAll();
            return null;
        });
        ProposalSheet sheet = openSheet();
        Proposal p = fx(() -> sheet.proposals().get(0));
        fx(() -> {
            sheet.mergeBox(0).getSelectionModel().select("Favourites");
            return null;
        });
        robot.type(KeyCode.ENTER);
        int expected = 1 + (int) p.members().stream().filter(id -> id != first.id()).count();
        fixture.untilStored("the papers added to Favourites", c -> String.valueOf(expected).equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = 'Favourites'")));
        assertEquals(0, count("SELECT count(*) FROM family WHERE name = ?", p.name()));
        robot.type(KeyCode.ESCAPE);
        until("the sheet to close", () -> fixture.window.familiesUi().sheet() == null);
        undo(robot);
        fixture.untilStored("only the first paper left in Favourites", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = 'Favourites'")));
        assertEquals(0, count("SELECT count(*) FROM family_rejection"), "undo is not a refusal");
    }

    /** The sidebar's cell of the family {@code name}, once shown. */
    private ListCell<?> familyCell(String name) {
        until("the family " + name + " in the sidebar", () -> fixture.window.sidebar().view().lookupAll(".list-cell").stream()
                .anyMatch(n -> n instanceof ListCell<?> cell && cell.getItem() instanceof SidebarEntry.FamilyEntry f
                        && f.label().equals(name)));
        return fx(() -> fixture.window.sidebar().view().lookupAll(".list-cell").stream()
                .map(n -> (ListCell<?>) n)
                .filter(cell -> cell.getItem() instanceof SidebarEntry.FamilyEntry f && f.label().equals(name))
                .findFirst().orElseThrow());
    }

    /** The menu a right click on the family {@code name} shows (the request a desktop makes; the headless platform makes none). */
    private ContextMenu sidebarMenu(String name) {
        // the sidebar may re-render between finding the cell and the click: ask again with a cell on screen
        // (the condition runs on the FX thread: the cell is found and clicked in one turn)
        ContextMenu before = fx(() -> fixture.window.sidebar().shownMenu());
        until("the family menu", () -> {
            if (fixture.window.sidebar().shownMenu() != before) return true;
            fixture.window.sidebar().view().lookupAll(".list-cell").stream()
                    .map(n -> (ListCell<?>) n)
                    .filter(cell -> cell.getItem() instanceof SidebarEntry.FamilyEntry f && f.label().equals(name))
                    .map(cell -> cell.getGraphic() != null ? cell.getGraphic() : cell)
                    .filter(target -> target.localToScreen(target.getBoundsInLocal()) != null)
                    .findFirst().ifPresent(target -> WindowFixture.requestContextMenu(target, 10, 5));
            return fixture.window.sidebar().shownMenu() != before;
        });
        return fx(() -> fixture.window.sidebar().shownMenu());
    }

    private static MenuItem item(ContextMenu menu, String text) {
        for (MenuItem m : menu.getItems()) if (text.equals(m.getText())) return m;
        throw new AssertionError("no menu item " + text);
    }

    private static void fire(MenuItem m) {
        fx(() -> {
            m.fire();
            return null;
        });
    }

    @Test
    void renameRecolourMergeAndDeleteFromTheSidebarLandInTheFileAndUndo(FxRobot robot) {
        rowsLoaded();
        Families families = new Families(fixture.library);
        List<Paper> all = new Papers(fixture.library).all(PaperFilter.all());
        List<Long> ernie = all.stream().filter(p -> p.title().startsWith("ERNIE")).map(Paper::id).toList();
        List<Long> audio = all.stream().filter(p -> p.title().toLowerCase().contains("audio")).map(Paper::id).toList();
        families.create("ERNIE", "model", "shared model name", ernie, "model-name");
        families.create("Audio", "topic", "audio", audio, "topic");
        fx(() -> {
            fixture.window.refreshAll();
            return null;
        });

        // Rename…
        fire(item(sidebarMenu("ERNIE"), "Rename…"));
        until("the rename dialog", () -> fixture.window.familiesUi().dialog() != null);
        fx(() -> {
            FamiliesUi.answer(fixture.window.familiesUi().dialog(), "ERNIE models");
            return null;
        });
        fixture.untilStored("the new name", c -> String.valueOf(ernie.size()).equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = 'ERNIE models'")));
        until("the renamed family in the sidebar", () -> fixture.window.sidebar().view().getItems().stream()
                .anyMatch(e -> e instanceof SidebarEntry.FamilyEntry f && f.label().equals("ERNIE models")));
        undo(robot);
        fixture.untilStored("the old name back", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family WHERE name = 'ERNIE'")));

        // Colour
        Menu colour = (Menu) item(sidebarMenu("ERNIE"), "Colour");
        fire(colour.getItems().get(4));
        fixture.untilStored("the new colour", c -> FamiliesUi.SWATCHES.get(4).equals(WindowFixture.text(c,
                "SELECT color FROM family WHERE name = 'ERNIE'")));

        // Delete, then Ctrl+Z brings it back with its members
        fire(item(sidebarMenu("ERNIE"), "Delete"));
        fixture.untilStored("the family gone", c -> "0".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family WHERE name = 'ERNIE'")));
        assertEquals(ernie.size(), count("SELECT count(*) FROM paper WHERE title LIKE 'ERNIE%'"), "its papers stay");
        until("the family gone from the sidebar", () -> fixture.window.sidebar().view().getItems().stream()
                .noneMatch(e -> e instanceof SidebarEntry.FamilyEntry f && f.label().equals("ERNIE")));
        undo(robot);
        fixture.untilStored("the family back", c -> String.valueOf(ernie.size()).equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = 'ERNIE'")));
        assertEquals(FamiliesUi.SWATCHES.get(4), fixture.query("SELECT color FROM family WHERE name = 'ERNIE'"));
        until("the family back in the sidebar", () -> fx(() -> fixture.window.sidebar().view().getItems().stream()
                .anyMatch(e -> e instanceof SidebarEntry.FamilyEntry f && f.label().equals("ERNIE"))));

        // Merge into…
        Menu merge = (Menu) item(sidebarMenu("Audio"), "Merge into");
        fire(merge.getItems().stream().filter(m -> m.getText().equals("ERNIE")).findFirst().orElseThrow());
        fixture.untilStored("Audio merged", c -> "0".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family WHERE name = 'Audio'")));
        undo(robot);
        fixture.untilStored("Audio back", c -> String.valueOf(audio.size()).equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = 'Audio'")));
        assertEquals(ernie.size(), members("ERNIE"));
    }

    @Test
    void shiftF10AndTheMenuKeyOpenTheSelectedFamilysMenuAndItsDeleteReachesTheFile(FxRobot robot) {
        rowsLoaded();
        Families families = new Families(fixture.library);
        List<Long> ernie = new Papers(fixture.library).all(PaperFilter.all()).stream()
                .filter(p -> p.title().startsWith("ERNIE")).map(Paper::id).toList();
        families.create("ERNIE", "model", null, ernie, "model-name");
        families.create("Audio", "topic", null, List.of(), "topic");
        fx(() -> {
            fixture.window.refreshAll();
            return null;
        });
        ListCell<?> cell = familyCell("ERNIE");
        fx(() -> {
            fixture.window.sidebar().view().requestFocus();
            fixture.window.sidebar().view().getSelectionModel().select(cell.getIndex());
            return null;
        });
        until("ERNIE's papers in the table", () -> fixture.window.table().getItems().size() == ernie.size());
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        until("the family menu", () -> fixture.window.sidebar().shownMenu() != null);
        ContextMenu menu = fx(() -> fixture.window.sidebar().shownMenu());
        assertEquals("ERNIE", fx(() -> ((ListCell<?>) menu.getOwnerNode()).getItem() instanceof SidebarEntry.FamilyEntry f ? f.label() : null));
        Menu merge = (Menu) item(menu, "Merge into");
        assertEquals(List.of("Audio"), fx(() -> merge.getItems().stream().map(MenuItem::getText).toList()), "the others, never itself");
        fire(item(menu, "Delete"));
        fixture.untilStored("ERNIE deleted", c -> "0".equals(WindowFixture.text(c, "SELECT count(*) FROM family WHERE name = 'ERNIE'")));
        assertEquals(ernie.size(), count("SELECT count(*) FROM paper WHERE title LIKE 'ERNIE%'"), "its papers stay");

        // the menu key does the same for the family selected now
        ListCell<?> audio = familyCell("Audio");
        fx(() -> {
            fixture.window.sidebar().view().getSelectionModel().select(audio.getIndex());
            fixture.window.sidebar().view().requestFocus();
            return null;
        });
        robot.type(KeyCode.CONTEXT_MENU);
        until("Audio's menu", () -> fixture.window.sidebar().shownMenu() != null
                && ((ListCell<?>) fixture.window.sidebar().shownMenu().getOwnerNode()).getItem() instanceof SidebarEntry.FamilyEntry f
                && f.label().equals("Audio"));
    }

    @Test
    void suggestionChipsConfirmAndRejectUndoably(FxRobot robot) {
        rowsLoaded();
        Families families = new Families(fixture.library);
        List<Paper> all = new Papers(fixture.library).all(PaperFilter.all());
        Paper paper = all.get(0);
        long a = families.create("Alpha", "topic", null, List.of(all.get(1).id()), "topic");
        long b = families.create("Beta", "topic", null, List.of(all.get(2).id()), "topic");
        families.restoreSuggestion(a, paper.id(), 0.6);
        families.restoreSuggestion(b, paper.id(), 0.5);
        fx(() -> {
            fixture.window.refreshAll();
            return null;
        });
        // the reload keeps the paper shown before: let it finish before choosing another
        until("the reload", () -> fixture.background.runningProperty().get() == 0);
        until("the paper selected", () -> {
            var items = fixture.window.table().getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id() == paper.id()) {
                    fixture.window.table().getSelectionModel().clearAndSelect(i);
                    return true;
                }
            }
            return false;
        });
        until("two suggestion chips", () -> fixture.window.detail().paper() != null
                && fixture.window.detail().paper().id() == paper.id() && fixture.window.familiesUi().chips().size() == 2);

        // ✓ on Alpha: the paper joins it
        fx(() -> {
            chipButton("Alpha", "#confirm-suggestion").fire();
            return null;
        });
        fixture.untilStored("the paper in Alpha", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_member WHERE family_id = ? AND paper_id = ?", a, paper.id())));
        until("one chip left", () -> fixture.window.familiesUi().chips().size() == 1);

        // ✗ on Beta: refused, the suggestion goes
        fx(() -> {
            chipButton("Beta", "#reject-suggestion").fire();
            return null;
        });
        fixture.untilStored("the refusal", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_rejection WHERE family_id = ? AND paper_id = ?", b, paper.id())));
        until("no chips", () -> fixture.window.familiesUi().chips().isEmpty());
        assertEquals(0, count("SELECT count(*) FROM family_suggestion"));

        // Ctrl+Z twice: both suggestions are back, the paper is in neither family, nothing refused
        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });
        undo(robot);
        fixture.untilStored("Beta's suggestion back", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_suggestion WHERE family_id = ?", b)));
        undo(robot);
        fixture.untilStored("Alpha's suggestion back", c -> "1".equals(WindowFixture.text(c,
                "SELECT count(*) FROM family_suggestion WHERE family_id = ?", a)));
        assertEquals(0, count("SELECT count(*) FROM family_member WHERE paper_id = ?", paper.id()));
        assertEquals(0, count("SELECT count(*) FROM family_rejection"));
        until("both chips again", () -> fixture.window.familiesUi().chips().size() == 2);
        assertNull(fx(() -> fixture.window.familiesUi().sheet()));
    }

    private Button chipButton(String family, String id) {
        for (Node chip : fixture.window.familiesUi().chips()) {
            if (((Families.Suggestion) chip.getUserData()).family().equals(family)) return (Button) chip.lookup(id);
        }
        throw new AssertionError("no chip for " + family);
    }
}
