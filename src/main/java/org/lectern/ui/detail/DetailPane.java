package org.lectern.ui.detail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

import org.lectern.library.Paper;
import org.lectern.library.Status;
import org.lectern.ui.PublishedDate;

/** The selected paper: what it is, where it stands, its tags and families, links, and its note. */
public final class DetailPane {
    /** What the pane asks of the window; every call is about the paper shown. */
    public interface Actions {
        void setStatus(long paperId, Status status);

        void addTag(long paperId, String tag);

        void removeTag(long paperId, String tag);

        /** Saves the note; {@code newStretch} when the typing starts a stretch of its own (undone separately). */
        void saveNote(long paperId, String body, boolean newStretch);

        void openLink(String url);

        /** Shows the earlier versions of the paper's note (its pending typing is saved first). */
        default void showNoteHistory(long paperId) {
        }

        /** Saves an edit of the paper's own fields: {@code saved} once it is in, {@code refused} with the reason. */
        default void editPaper(long paperId, Map<org.lectern.store.PaperEdits.Field, Object> changes, Runnable saved,
                               java.util.function.Consumer<String> refused) {
        }
    }

    /** How long typing must pause before the note is saved. */
    public static final Duration NOTE_DELAY = Duration.millis(500);

    private final Actions actions;
    private final StackPane root = new StackPane();
    private final VBox content = new VBox(12);
    private final Label empty = new Label("Select a paper to see it here");
    private final Label title = new Label();
    private final Label meta = new Label();
    private final Label history = new Label();
    /** The status choice: a button each, whole words, onto a second row when the pane is narrow. */
    private final FlowPane statusButtons = new FlowPane(4, 4);
    /** The pane's parts, scrolled as a whole when the window is too low for them. */
    private final ScrollPane scroller = new ScrollPane(content);
    private final ToggleGroup statusGroup = new ToggleGroup();
    private final FlowPane tags = new FlowPane(6, 6);
    private final TextField tagField = new TextField();
    private final FlowPane families = new FlowPane(6, 6);
    private final HBox links = new HBox(12);
    private final TextArea abstractText = new TextArea();
    private final NoteBox note;
    private final Set<String> suggestions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final PaperEditor editor;
    private final Runnable onLeave;
    private Paper paper;
    private boolean showing;

    /** {@code onLeave} runs when the Close key (Esc) leaves the tag field or the note (back to the list). */
    public DetailPane(org.lectern.ui.keys.KeyBindings keys, Actions actions, Runnable onLeave) {
        this.actions = actions;
        this.onLeave = onLeave;
        this.editor = new PaperEditor(keys, actions::editPaper, this::editorClosed);
        this.note = new NoteBox(NOTE_DELAY, actions::saveNote, actions::openLink);
        for (javafx.scene.control.TextInputControl field : List.of(tagField, note.editor())) {
            field.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (keys.matches(org.lectern.ui.Keymap.CLOSE_SHEET, e)) {
                    if (field == note.editor()) flushNote();
                    onLeave.run();
                    e.consume();
                }
            });
        }
        root.setId("detail");
        root.getStyleClass().add("detail");
        empty.getStyleClass().add("detail-empty");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        meta.getStyleClass().add("detail-meta");
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);

        for (Status s : Status.values()) {
            ToggleButton b = new ToggleButton(s.label());
            b.setUserData(s);
            b.setId("status-" + s.key());
            b.setToggleGroup(statusGroup);
            b.setMinWidth(Region.USE_PREF_SIZE);
            statusButtons.getChildren().add(b);
        }
        statusButtons.getStyleClass().add("status-choice");
        statusGroup.selectedToggleProperty().addListener((o, old, now) -> {
            if (showing || paper == null) return;
            if (now == null) {
                old.setSelected(true); // one status is always chosen
                return;
            }
            actions.setStatus(paper.id(), (Status) now.getUserData());
        });

        tagField.setId("tag-field");
        tagField.setPromptText("Add a tag…");
        tagField.setPrefColumnCount(10);
        tagField.setOnAction(e -> addTypedTag());
        tags.getChildren().add(tagField);
        new TagCompletion(tagField, text -> {
            String typed = text.strip().toLowerCase(Locale.ROOT);
            if (typed.isEmpty()) return List.of();
            List<String> out = new ArrayList<>();
            for (String s : suggestions) {
                if (s.toLowerCase(Locale.ROOT).startsWith(typed) && (paper == null || !paper.tags().contains(s))) out.add(s);
            }
            return out;
        });

        abstractText.setId("abstract");
        abstractText.getStyleClass().add("abstract");
        abstractText.setEditable(false);
        abstractText.setWrapText(true);
        abstractText.setPrefRowCount(8);
        VBox.setVgrow(abstractText, Priority.ALWAYS);

        Label noteLabel = section("Note");
        Hyperlink noteHistory = new Hyperlink("History");
        noteHistory.setId("note-history");
        noteHistory.setOnAction(e -> {
            if (paper == null) return;
            flushNote();
            actions.showNoteHistory(paper.id());
        });
        Node noteHeader = note.header(noteLabel, noteHistory);

        links.setAlignment(Pos.CENTER_LEFT);

        history.setId("history");
        history.getStyleClass().add("detail-history");
        history.setWrapText(true);
        history.setMinHeight(Region.USE_PREF_SIZE);
        content.getChildren().addAll(title, meta, links, statusButtons, history,
                section("Tags"), tags, section("Families"), families,
                section("Abstract"), abstractText, noteHeader, note.body());
        content.getStyleClass().add("detail-content");
        scroller.setId("detail-scroll");
        scroller.getStyleClass().add("detail-scroll");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setFocusTraversable(false);
        // at least as high as the pane, so the abstract takes the room there is; higher scrolls
        content.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroller.getViewportBounds().getHeight(), scroller.viewportBoundsProperty()));
        root.getChildren().setAll(empty);
        StackPane.setAlignment(empty, Pos.CENTER);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-section");
        return l;
    }

    public Node view() {
        return root;
    }

    public TextArea noteEditor() {
        return note.editor();
    }

    /** The note's Markdown preview (shown in the editor's place while its toggle is on). */
    public NotePreview notePreview() {
        return note.preview();
    }

    /** Gives the note's editor the focus, out of the preview when it is shown. */
    public void editNote() {
        if (note.editor().getScene() == null && root.getScene() != null) scroller.applyCss(); // see show()
        note.edit();
    }

    /** Shows the note's preview, or its editor again. */
    public void toggleNotePreview() {
        if (paper != null) note.togglePreview();
    }

    /** True while a stretch of note typing is open: more typing joins the same undoable change. */
    public boolean inNoteStretch() {
        return note.inStretch();
    }

    public TextField tagField() {
        return tagField;
    }

    /** The paper shown, or null. */
    public Paper paper() {
        return paper;
    }

    /** Puts {@code node} under the family chips (the families controls' suggestion strip). */
    public void setFamilyExtras(Node node) {
        content.getChildren().add(content.getChildren().indexOf(families) + 1, node);
    }

    /** Tag names offered while typing a tag. */
    public void setTagSuggestions(Collection<String> names) {
        suggestions.clear();
        suggestions.addAll(names);
    }

    /**
     * Shows {@code p} (null: nothing). Showing the paper already shown refreshes everything but a note
     * being typed; showing another saves the pending note of the previous one first.
     */
    public void show(Paper p, Map<String, String> familyColors) {
        show(p, familyColors, Long.MAX_VALUE);
    }

    /**
     * As {@link #show(Paper, Map)}, for a paper read from the library at {@code readAt} (System.nanoTime):
     * a read that started before the latest note save carries the note as it was before that save, so
     * its note is not put back into the editor.
     */
    public void show(Paper p, Map<String, String> familyColors, long readAt) {
        boolean same = p != null && paper != null && p.id() == paper.id();
        if (!same) flushNote();
        if (!same && editor.paper() != null) editor.cancel(); // the form belongs to the paper it opened on
        showing = true;
        try {
            paper = p;
            if (p == null) {
                note.clear();
                root.getChildren().setAll(empty);
                return;
            }
            if (root.getChildren().get(0) != scroller) {
                root.getChildren().setAll(scroller);
                // the scroller puts its content in the scene when it has a skin: make it now, so a key
                // that moves the focus into the paper (n, the note) finds its editor there at once
                if (root.getScene() != null) scroller.applyCss();
            }
            title.setText(p.title());
            meta.setText(metaLine(p));
            for (var t : statusGroup.getToggles()) t.setSelected(t.getUserData() == p.status());
            // the field stays in place (and keeps the focus) while the chips before it change
            tags.getChildren().removeIf(n -> n != tagField);
            tags.getChildren().addAll(0, p.tags().stream().map(this::tagChip).toList());
            families.getChildren().setAll(p.families().stream().map(f -> familyChip(f, familyColors.get(f))).toList());
            if (p.families().isEmpty()) families.getChildren().setAll(muted("In no family yet"));
            links.getChildren().setAll(PaperLinks.of(p, actions::openLink));
            abstractText.setText(p.abstractText() == null || p.abstractText().isBlank() ? "(no abstract)" : p.abstractText());
            abstractText.positionCaret(0);
            abstractText.setScrollTop(0);
            note.show(p, same, readAt);
        } finally {
            showing = false;
        }
    }

    /** Opens the form that edits the paper shown (its title focused); nothing when no paper is shown. */
    public void edit() {
        if (paper == null) return;
        if (editor.paper() == null) {
            content.getChildren().add(0, editor.view());
            heading(false);
        }
        editor.open(paper);
    }

    private void editorClosed() {
        content.getChildren().remove(editor.view());
        heading(true);
        onLeave.run();
    }

    /** The rest of the pane steps aside while the form is open, so the form has the pane's height. */
    private void heading(boolean shown) {
        for (javafx.scene.Node n : content.getChildren()) {
            if (n == editor.view()) continue;
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    /** The form that edits the paper's fields (open while {@link PaperEditor#paper()} is not null). */
    public PaperEditor editor() {
        return editor;
    }

    /** Shows the reading history of the paper shown ("Queued 3 Nov · Reading 5 Nov"), read separately. */
    public void setHistory(long paperId, java.util.List<org.lectern.library.StatusChange> changes) {
        if (paper == null || paper.id() != paperId) return;
        history.setText(HistoryLine.of(changes, java.time.ZoneId.systemDefault(), java.time.LocalDate.now().getYear()));
        history.setVisible(!changes.isEmpty());
        history.setManaged(!changes.isEmpty());
    }

    /** The history line, as shown. */
    public Label history() {
        return history;
    }

    /** Saves the note now when it has unsaved typing (on pause, focus loss, another paper, close). */
    public void flushNote() {
        note.flush();
    }

    private void addTypedTag() {
        String tag = tagField.getText().strip();
        if (tag.isEmpty() || paper == null) return;
        tagField.clear();
        actions.addTag(paper.id(), tag);
        onLeave.run(); // Enter adds and gives the keys back to the list: the next j moves on
    }

    private Node tagChip(String tag) {
        Label name = new Label(tag);
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setFocusTraversable(false);
        remove.setOnAction(e -> actions.removeTag(paper.id(), tag));
        HBox chip = new HBox(2, name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().addAll("chip", "tag-chip");
        return chip;
    }

    private static Node familyChip(String family, String color) {
        Label l = new Label(family);
        l.setGraphic(new Circle(5, Color.web(color == null ? "#888888" : color)));
        l.getStyleClass().addAll("chip", "family-chip");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    /** "12 authors · 3 March 2024 · 45 upvotes · 7 comments · arXiv 2401.01234" */
    static String metaLine(Paper p) {
        List<String> parts = new ArrayList<>();
        if (p.authors() != null) parts.add(p.authors() + (p.authors() == 1 ? " author" : " authors"));
        if (p.published() != null) parts.add(PublishedDate.FULL.of(p.published()));
        if (p.upvotes() != null) parts.add(p.upvotes() + (p.upvotes() == 1 ? " upvote" : " upvotes"));
        if (p.comments() != null) parts.add(p.comments() + (p.comments() == 1 ? " comment" : " comments"));
        if (p.arxivId() != null && !p.arxivId().isBlank()) parts.add("arXiv " + p.arxivId());
        return String.join("  ·  ", parts);
    }
}
