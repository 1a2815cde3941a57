package org.lectern.ui.families;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.lectern.families.Proposal;
import org.lectern.library.FamilyKind;
import org.lectern.ui.Keymap;
import org.lectern.ui.SheetCard;
import org.lectern.ui.keys.KeyBindings;
import org.lectern.ui.theme.Stylesheets;

/**
 * The proposed families, one row each: an editable name, the kind, the size, the reason words and the
 * member titles, with Accept, Reject and "merge into" an existing family. Its keys are the sheet's in
 * the keymap: Choose up/down move, Confirm accepts, Reject (or its letter, outside the name field) rejects.
 */
public final class ProposalSheet {
    /** What the sheet asks of its owner. */
    public interface Actions {
        /** Accept {@code proposal} under {@code name} (an existing family's name merges into it). */
        void accept(Proposal proposal, String name);

        void reject(Proposal proposal);

        void close();
    }

    /** The choice in the "merge into" box that keeps the proposal a family of its own. */
    public static final String NEW_FAMILY = "As a new family";

    private final Actions actions;
    private final KeyBindings keys;
    private final StackPane root = new StackPane();
    private final VBox rows = new VBox();
    private final ScrollPane scroll = new ScrollPane(rows);
    private final Label summary = new Label();
    private final List<Row> items = new ArrayList<>();
    /** The families there are, those accepted here included: a new one may not take a name of theirs. */
    private final java.util.Set<String> known = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private int current = -1;

    /** {@code titles} maps member ids to titles; {@code existing} are the names of the families there are. */
    public ProposalSheet(KeyBindings keys, List<Proposal> proposals, Map<Long, String> titles, List<String> existing,
                         Actions actions) {
        this.keys = keys;
        this.actions = actions;
        known.addAll(existing);
        root.setId("family-proposals");
        root.getStyleClass().add("preview-backdrop");
        String css = Stylesheets.of(ProposalSheet.class, "families.css");
        if (css != null) root.getStylesheets().add(css);

        Label heading = new Label("Suggested families");
        heading.getStyleClass().add("preview-title");
        summary.getStyleClass().add("preview-summary");

        for (Proposal p : proposals) {
            Row r = new Row(p, titles, existing);
            items.add(r);
            rows.getChildren().add(r.box);
        }
        rows.getStyleClass().add("proposal-rows");
        scroll.setFitToWidth(true);
        scroll.setId("proposal-scroll");
        scroll.getStyleClass().add("proposal-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label hint = new Label(keys.display(Keymap.CHOOSE_UP) + "/" + keys.display(Keymap.CHOOSE_DOWN) + " move · "
                + keys.hint(Keymap.CONFIRM, "accepts") + " · " + keys.display(Keymap.REJECT) + " or "
                + keys.hint(Keymap.REJECT_BY_LETTER, "rejects", Keymap.CLOSE_SHEET, "closes"));
        hint.getStyleClass().add("muted");
        Button close = new Button("Close");
        close.setId("close-proposals");
        close.setCancelButton(true);
        close.setOnAction(e -> actions.close());
        HBox bottom = SheetCard.bar(hint, close);

        SheetCard.place(root, scroll, bottom, 1080, 820, heading, summary);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        updateSummary();
        select(items.isEmpty() ? -1 : 0);
    }

    private void key(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        boolean inCombo = e.getTarget() instanceof ComboBox<?> c && c.isShowing();
        boolean down = keys.matches(Keymap.CHOOSE_DOWN, e);
        if (keys.matches(Keymap.CLOSE_SHEET, e)) {
            actions.close();
        } else if (inCombo) {
            return;
        } else if (down || keys.matches(Keymap.CHOOSE_UP, e)) {
            if (e.getTarget() instanceof ComboBox<?>) return; // the merge box steps through its own choices
            move(down ? 1 : -1);
        } else if (keys.matches(Keymap.CONFIRM, e)) {
            if (e.getTarget() instanceof Button b) b.fire(); // a focused Reject or Close means that
            else acceptCurrent();
        } else if (!typing && (keys.matches(Keymap.REJECT, e) || keys.matches(Keymap.REJECT_BY_LETTER, e))) {
            rejectCurrent();
        } else {
            return;
        }
        e.consume();
    }

    private java.util.Optional<Row> currentRow() {
        return current >= 0 && current < items.size() ? java.util.Optional.of(items.get(current)) : java.util.Optional.empty();
    }

    private void move(int by) {
        if (items.isEmpty()) return;
        select(Math.max(0, Math.min(items.size() - 1, current + by)));
        focusCurrent();
    }

    private void select(int index) {
        if (current >= 0 && current < items.size()) items.get(current).box.getStyleClass().remove("current");
        current = index;
        if (index < 0 || index >= items.size()) return;
        Row r = items.get(index);
        r.box.getStyleClass().add("current");
        scrollTo(r.box);
    }

    private void scrollTo(Node node) {
        rows.applyCss();
        rows.layout();
        double content = rows.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view || view <= 0) return;
        Bounds b = node.getBoundsInParent();
        double top = scroll.getVvalue() * (content - view);
        if (b.getMinY() < top) scroll.setVvalue(b.getMinY() / (content - view));
        else if (b.getMaxY() > top + view) scroll.setVvalue((b.getMaxY() - view) / (content - view));
    }

    private void acceptCurrent() {
        currentRow().ifPresent(this::accept);
    }

    private void rejectCurrent() {
        currentRow().ifPresent(this::reject);
    }

    private void accept(Row r) {
        String name = r.chosenName();
        if (name.isEmpty()) {
            r.name.requestFocus();
            return;
        }
        boolean asNew = r.asNew();
        if (asNew && known.contains(name)) {
            // the same name would silently join the other family: say so and let the reader choose
            r.warn("There is a family called “" + name + "” already: choose it under “merge into” to add these papers"
                    + " to it, or give this family another name.");
            r.name.requestFocus();
            r.name.selectAll();
            return;
        }
        actions.accept(r.proposal, name);
        drop(r);
        if (asNew && known.add(name)) {
            for (Row other : items) other.merge.getItems().add(name); // a family made here can be merged into
        }
    }

    private void reject(Row r) {
        actions.reject(r.proposal);
        drop(r);
    }

    /** Takes an answered proposal out of the list; the next one becomes current. */
    private void drop(Row r) {
        int i = items.indexOf(r);
        if (i < 0) return;
        r.box.getStyleClass().remove("current");
        items.remove(i);
        rows.getChildren().remove(r.box);
        current = -1;
        select(items.isEmpty() ? -1 : Math.min(i, items.size() - 1));
        updateSummary();
        focusCurrent();
    }

    private void updateSummary() {
        summary.setText(items.isEmpty() ? "Every proposal is answered. " + keys.hint(Keymap.CLOSE_SHEET, "closes.")
                : items.size() + (items.size() == 1 ? " proposal" : " proposals")
                        + " for papers in no family. Accepting creates the family; "
                        + keys.hint(Keymap.UNDO, "takes it back."));
    }

    public Node view() {
        return root;
    }

    /** Gives the keyboard to the sheet (after it is shown): to the current proposal, so Tab goes into it. */
    public void focus() {
        focusCurrent();
    }

    private void focusCurrent() {
        Node target = currentRow().<Node>map(r -> r.box).orElse(root);
        if (target.getScene() == null) root.applyCss(); // the scroll pane puts its rows in the scene with its skin
        target.requestFocus();
    }

    /** The proposals still waiting for an answer, in order. */
    public List<Proposal> proposals() {
        return items.stream().map(r -> r.proposal).toList();
    }

    /** The index of the current proposal, or -1. */
    public int current() {
        return current;
    }

    /** The name field of the proposal at {@code index}. */
    public TextField nameField(int index) {
        return items.get(index).name;
    }

    /** The "merge into" box of the proposal at {@code index}. */
    public ComboBox<String> mergeBox(int index) {
        return items.get(index).merge;
    }

    /** One proposal's row. */
    private final class Row {
        final Proposal proposal;
        final VBox box = new VBox(6);
        final TextField name = new TextField();
        final ComboBox<String> merge = new ComboBox<>();
        final Button accept = new Button("Accept");
        final Button reject = new Button("Reject");
        final Label warning = new Label();

        Row(Proposal p, Map<Long, String> titles, List<String> existing) {
            proposal = p;
            name.setText(p.name());
            name.getStyleClass().add("proposal-name");
            name.setPrefColumnCount(16);
            name.setOnMouseClicked(e -> select(items.indexOf(this)));
            name.focusedProperty().addListener((o, was, is) -> {
                if (is) select(items.indexOf(this));
            });
            FamilyKind k = FamilyKind.ofProposal(p.kind());
            Label kind = new Label(k.key());
            kind.getStyleClass().addAll("proposal-kind", "kind-" + k.key());
            Label size = new Label(p.members().size() + (p.members().size() == 1 ? " paper" : " papers"));
            size.getStyleClass().add("proposal-size");
            size.setMinWidth(Region.USE_PREF_SIZE);

            merge.getItems().add(NEW_FAMILY);
            merge.getItems().addAll(existing);
            merge.getSelectionModel().select(0);
            merge.setPrefWidth(200);
            merge.setTooltip(new javafx.scene.control.Tooltip("Add the papers to a family you already have"));
            merge.valueProperty().addListener((o, old, now) -> name.setDisable(now != null && !NEW_FAMILY.equals(now)));
            merge.focusedProperty().addListener((o, was, is) -> {
                if (is) select(items.indexOf(this));
            });

            accept.getStyleClass().add("accent");
            accept.setOnAction(e -> ProposalSheet.this.accept(this));
            reject.setOnAction(e -> ProposalSheet.this.reject(this));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(10, kind, name, size, gap, merge, reject, accept);
            top.setAlignment(Pos.CENTER_LEFT);

            Label reason = new Label(p.reason().isEmpty() ? "" : "Because of: " + String.join(", ", p.reason()));
            reason.getStyleClass().add("proposal-reason");
            reason.setWrapText(true);

            VBox list = new VBox(2);
            int shown = 0;
            for (long id : p.members()) {
                if (shown++ == 40) {
                    list.getChildren().add(muted("… and " + (p.members().size() - 40) + " more"));
                    break;
                }
                Label t = new Label(titles.getOrDefault(id, "(paper " + id + ")"));
                t.getStyleClass().add("proposal-member");
                list.getChildren().add(t);
            }
            TitledPane members = new TitledPane("Papers", list);
            members.setExpanded(false);
            members.setAnimated(false);
            members.getStyleClass().add("proposal-members");
            members.setFocusTraversable(false);

            // reason and papers line up under the name, past the kind badge
            VBox.setMargin(reason, new Insets(0, 0, 0, 68));
            VBox.setMargin(members, new Insets(0, 0, 0, 68));
            warning.getStyleClass().add("proposal-warning");
            warning.setWrapText(true);
            warning.setManaged(false);
            VBox.setMargin(warning, new Insets(0, 0, 0, 68));
            box.getChildren().addAll(top, warning, reason, members);
            box.getStyleClass().add("proposal-row");
            // the current proposal holds the focus, so Tab goes to its own name field, not the first card's
            box.setFocusTraversable(true);
            box.focusedProperty().addListener((o, was, is) -> {
                if (is) select(items.indexOf(this));
            });
            box.setOnMousePressed(e -> select(items.indexOf(this)));
        }

        boolean asNew() {
            return merge.getValue() == null || NEW_FAMILY.equals(merge.getValue());
        }

        void warn(String text) {
            warning.setText(text);
            warning.setManaged(true);
        }

        String chosenName() {
            String target = merge.getValue();
            return (target == null || NEW_FAMILY.equals(target) ? name.getText() : target).strip();
        }
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}
