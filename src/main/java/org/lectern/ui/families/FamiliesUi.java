package org.lectern.ui.families;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Window;

import org.lectern.edit.AcceptFamily;
import org.lectern.edit.Change;
import org.lectern.edit.ConfirmSuggestion;
import org.lectern.edit.DeleteFamily;
import org.lectern.edit.MergeFamilies;
import org.lectern.edit.RecolorFamily;
import org.lectern.edit.RejectFamily;
import org.lectern.edit.RejectSuggestion;
import org.lectern.edit.RenameFamily;
import org.lectern.families.Proposal;
import org.lectern.library.Family;
import org.lectern.library.FamilySwatch;
import org.lectern.library.Paper;
import org.lectern.store.Families;
import org.lectern.store.FamilyArchive;
import org.lectern.store.LibraryServices;
import org.lectern.store.Organizer;
import org.lectern.store.Papers;
import org.lectern.ui.Background;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.Overlays;
import org.lectern.ui.window.StatusBar;
import org.lectern.ui.sidebar.SidebarEntry;
import org.lectern.ui.theme.Stylesheets;

/**
 * The window's families controls: "Suggest families…" and its sheet, the sidebar's family menu
 * (rename, colour, merge, delete) and the detail pane's suggestion chips. Reads and changes run through
 * {@link Background}; every change goes through the window's {@link Changes}.
 */
public final class FamiliesUi {
    /** Colours a family can be given from its menu: the ones the store hands new families. */
    public static final List<String> SWATCHES = FamilySwatch.ALL.stream().map(FamilySwatch::color).toList();

    private final Families families;
    private final Organizer organizer;
    private final Papers papers;
    private final FamilyArchive archive;
    private final Background background;
    private final Changes changes;
    private final Overlays overlays;
    private final StatusBar status;
    private final Supplier<Window> owner;
    private final HBox strip = new HBox(6);
    private final FlowPane chips = new FlowPane(6, 6);
    private ProposalSheet sheet;
    private Dialog<?> dialog;
    private long stripPaper = -1;
    private int stripGeneration;

    /** {@code owner} is the window that owns the controls' dialogs (null: none). */
    public FamiliesUi(LibraryServices services, Background background, Changes changes, Overlays overlays,
                      StatusBar status, Supplier<Window> owner) {
        this.families = services.families();
        this.organizer = services.organizer();
        this.papers = services.papers();
        this.archive = services.archive();
        this.background = background;
        this.changes = changes;
        this.overlays = overlays;
        this.status = status;
        this.owner = owner;
        Label label = new Label("Suggested:");
        label.getStyleClass().add("muted");
        strip.getChildren().addAll(label, chips);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setId("family-suggestions");
        String css = Stylesheets.of(FamiliesUi.class, "families.css");
        if (css != null) strip.getStylesheets().add(css);
        strip.setVisible(false);
        strip.setManaged(false);
    }

    // ---------------------------------------------------------------- proposals

    private record Found(List<Proposal> proposals, Map<Long, String> titles, List<String> existing) {
    }

    /** Looks for families among the papers in none (in the background), then shows the proposals. */
    public void suggest() {
        if (sheet != null) {
            sheet.focus();
            return;
        }
        status.say("Looking for families…");
        background.run("Looking for families", () -> {
            List<Proposal> proposals = organizer.propose();
            Map<Long, String> titles = new HashMap<>();
            for (Proposal p : proposals) {
                for (long id : p.members().subList(0, Math.min(41, p.members().size()))) {
                    papers.get(id).ifPresent(paper -> titles.put(id, paper.title()));
                }
            }
            List<String> existing = families.list().stream().map(Family::name).toList();
            return new Found(proposals, titles, existing);
        }, found -> {
            if (found.proposals.isEmpty()) {
                status.say("No new families to suggest: every paper has one, or nothing groups yet");
                return;
            }
            status.say(found.proposals.size() + (found.proposals.size() == 1 ? " family" : " families") + " to look at");
            sheet = new ProposalSheet(overlays.keys(), found.proposals, found.titles, found.existing, new SheetActions());
            overlays.show(sheet.view(), new SheetActions()::close);
            sheet.focus();
        }, e -> status.fail("Could not look for families: " + StatusBar.reason(e)));
    }

    /** The open proposals sheet, or null. */
    public ProposalSheet sheet() {
        return sheet;
    }

    private final class SheetActions implements ProposalSheet.Actions {
        @Override
        public void accept(Proposal proposal, String name) {
            perform(new AcceptFamily(organizer, families, proposal, name), "Accepted the family " + name);
        }

        @Override
        public void reject(Proposal proposal) {
            perform(new RejectFamily(organizer, proposal), "Rejected " + proposal.name() + "; it will not be proposed again");
        }

        @Override
        public void close() {
            if (sheet == null) return;
            Node view = sheet.view();
            sheet = null;
            overlays.hide(view);
        }
    }

    // ---------------------------------------------------------------- the sidebar's family menu

    /** The context menu of a family in the sidebar; {@code others} are the other families' names. */
    public ContextMenu menuFor(SidebarEntry.FamilyEntry entry, List<String> others) {
        String name = entry.label();
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(e -> rename(name));
        Menu colour = new Menu("Colour");
        for (FamilySwatch swatch : FamilySwatch.ALL) {
            String c = swatch.color();
            MenuItem m = new MenuItem(swatch.name(), new Circle(6, Color.web(c)));
            m.setOnAction(e -> recolor(name, c));
            colour.getItems().add(m);
        }
        Menu merge = new Menu("Merge into");
        for (String other : others) {
            if (other.equalsIgnoreCase(name)) continue;
            MenuItem m = new MenuItem(other);
            m.setOnAction(e -> merge(name, other));
            merge.getItems().add(m);
        }
        merge.setDisable(merge.getItems().isEmpty());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> delete(name));
        MenuItem suggest = new MenuItem("Suggest families…");
        suggest.setOnAction(e -> suggest());
        ContextMenu menu = new ContextMenu(rename, colour, merge, new SeparatorMenuItem(), delete, new SeparatorMenuItem(), suggest);
        menu.setId("family-menu");
        return menu;
    }

    /** Asks for a new name for the family {@code name}, then renames it. */
    public void rename(String name) {
        TextInputDialog d = new TextInputDialog(name);
        d.setTitle("Rename family");
        d.setHeaderText("Rename the family “" + name + "”");
        d.setContentText("New name:");
        if (owner.get() != null) d.initOwner(owner.get());
        d.setOnHidden(e -> {
            dialog = null;
            String to = d.getResult();
            if (to == null || to.isBlank() || to.strip().equals(name)) return;
            withFamily(name, f -> perform(new RenameFamily(families, f.id(), f.name(), to),
                    "Renamed " + name + " to " + to.strip()));
        });
        dialog = d;
        d.show();
    }

    /** The dialog the controls have open (a rename), or null. */
    public Dialog<?> dialog() {
        return dialog;
    }

    /** Confirms the open rename dialog with {@code text} (as typing it and pressing OK would). */
    public static void answer(Dialog<?> d, String text) {
        if (d instanceof TextInputDialog t) t.getEditor().setText(text);
        ((Button) d.getDialogPane().lookupButton(ButtonType.OK)).fire();
    }

    public void recolor(String name, String color) {
        withFamily(name, f -> perform(new RecolorFamily(families, f.id(), f.name(), f.color(), color),
                "Recoloured " + name));
    }

    public void merge(String from, String into) {
        background.run(null, () -> new Family[] {families.byName(from).orElse(null), families.byName(into).orElse(null)}, fs -> {
            if (fs[0] == null || fs[1] == null) {
                status.say("That family is gone");
                return;
            }
            perform(new MergeFamilies(families, archive, fs[0].id(), fs[0].name(), fs[1].id(), fs[1].name()),
                    "Merged " + from + " into " + into + " (a backup was made; Ctrl+Z undoes)");
        });
    }

    public void delete(String name) {
        withFamily(name, f -> perform(new DeleteFamily(families, archive, f.id(), f.name()),
                "Deleted the family " + name + " (a backup was made; Ctrl+Z brings it back)"));
    }

    private void withFamily(String name, Consumer<Family> action) {
        background.run(null, () -> families.byName(name).orElse(null), f -> {
            if (f == null) status.say("There is no family named " + name + " any more");
            else action.accept(f);
        });
    }

    // ---------------------------------------------------------------- suggestion chips

    /** The "Suggested: family ✓ ✗" strip, for the detail pane; hidden when the paper has none. */
    public Node suggestionStrip() {
        return strip;
    }

    /** Reads the pending suggestions for {@code paper} (null: none) and shows them as chips. */
    public void showSuggestionsFor(Paper paper) {
        int generation = ++stripGeneration;
        stripPaper = paper == null ? -1 : paper.id();
        if (paper == null) {
            setChips(List.of());
            return;
        }
        long id = paper.id();
        background.run(null, () -> families.suggestions(null).stream().filter(s -> s.paperId() == id).toList(), list -> {
            if (generation == stripGeneration) setChips(list);
        });
    }

    private void setChips(List<Families.Suggestion> list) {
        chips.getChildren().setAll(list.stream().map(this::chip).toList());
        strip.setVisible(!list.isEmpty());
        strip.setManaged(!list.isEmpty());
    }

    /** The suggestion chips shown now (for tests). */
    public List<Node> chips() {
        return chips.getChildren();
    }

    private Node chip(Families.Suggestion s) {
        Label name = new Label(s.family());
        Button yes = new Button("✓");
        yes.getStyleClass().add("chip-remove");
        yes.setId("confirm-suggestion");
        yes.setFocusTraversable(false);
        yes.setOnAction(e -> perform(new ConfirmSuggestion(families, s), "Added to " + s.family()));
        Button no = new Button("✗");
        no.getStyleClass().add("chip-remove");
        no.setId("reject-suggestion");
        no.setFocusTraversable(false);
        no.setOnAction(e -> perform(new RejectSuggestion(families, s), "Not in " + s.family()));
        HBox chip = new HBox(2, name, yes, no);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().addAll("chip", "suggestion-chip");
        chip.setUserData(s);
        return chip;
    }

    // ---------------------------------------------------------------- changes

    private void perform(Change change, String done) {
        changes.perform(change, Keep.TOP, done);
    }

    long stripPaper() {
        return stripPaper;
    }
}
