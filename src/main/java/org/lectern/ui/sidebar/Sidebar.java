package org.lectern.ui.sidebar;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The list of views on the left: library views, statuses, families with progress, tags. */
public final class Sidebar {
    private final ListView<SidebarEntry> list = new ListView<>();
    private boolean updating;
    private Function<SidebarEntry.FamilyEntry, ContextMenu> familyMenu;
    private Runnable familiesAction;
    private java.util.function.BiConsumer<SidebarEntry.FamilyEntry, Long> paperDrop;
    private ContextMenu shownMenu;

    /** {@code onSelect} hears the entry the reader chose (never a heading). */
    public Sidebar(Consumer<SidebarEntry> onSelect) {
        list.setId("sidebar");
        list.getStyleClass().add("sidebar");
        list.setCellFactory(l -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (updating || now == null) return;
            if (now instanceof SidebarEntry.Heading) {
                // headings only title a section: step over them in the direction the reader moved
                int i = list.getSelectionModel().getSelectedIndex();
                int oldIndex = old == null ? -1 : list.getItems().indexOf(old);
                int next = i > oldIndex ? i + 1 : i - 1;
                if (next >= 0 && next < list.getItems().size()) list.getSelectionModel().select(next);
                else if (old != null) list.getSelectionModel().select(old);
                return;
            }
            onSelect.accept(now);
        });
        // one menu for the list, not one per cell: the keyboard's request (the menu key, Shift+F10) goes to
        // the focused list, never to a cell, and a cell's menu is rebuilt on every reload
        list.setOnContextMenuRequested(this::showFamilyMenu);
    }

    private void showFamilyMenu(javafx.scene.input.ContextMenuEvent e) {
        if (familyMenu == null) return;
        EntryCell cell = null;
        if (!e.isKeyboardTrigger()) {
            for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null && n != list; n = n.getParent()) {
                if (n instanceof EntryCell c) {
                    cell = c;
                    break;
                }
            }
            if (cell == null || !(cell.getItem() instanceof SidebarEntry.FamilyEntry)) return;
            list.getSelectionModel().select(cell.getIndex());
        } else {
            int at = list.getSelectionModel().getSelectedIndex();
            for (javafx.scene.Node n : list.lookupAll(".list-cell")) {
                if (n instanceof EntryCell c && c.getIndex() == at && c.getItem() != null) cell = c;
            }
            if (cell == null) return;
        }
        if (!(cell.getItem() instanceof SidebarEntry.FamilyEntry f)) return;
        if (shownMenu != null) shownMenu.hide();
        shownMenu = familyMenu.apply(f);
        if (e.isKeyboardTrigger()) shownMenu.show(cell, javafx.geometry.Side.BOTTOM, 24, 0);
        else shownMenu.show(cell, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** The family menu shown now, or null (for tests). */
    public ContextMenu shownMenu() {
        return shownMenu != null && shownMenu.isShowing() ? shownMenu : null;
    }

    public ListView<SidebarEntry> view() {
        return list;
    }

    /** Replaces the entries, keeping the selected one (matched by kind and label) without re-announcing it. */
    public void setEntries(List<SidebarEntry> entries) {
        SidebarEntry selected = list.getSelectionModel().getSelectedItem();
        updating = true;
        try {
            list.getItems().setAll(entries);
            int keep = 1;
            if (selected != null) {
                for (int i = 0; i < entries.size(); i++) {
                    SidebarEntry e = entries.get(i);
                    if (e.getClass() == selected.getClass() && e.label().equals(selected.label())) {
                        keep = i;
                        break;
                    }
                }
            }
            if (keep < entries.size()) list.getSelectionModel().select(keep);
        } finally {
            updating = false;
        }
    }

    /** Selects the first entry that {@code test} accepts, announcing it. */
    public void select(java.util.function.Predicate<SidebarEntry> test) {
        for (SidebarEntry e : list.getItems()) {
            if (test.test(e)) {
                list.getSelectionModel().select(e);
                return;
            }
        }
    }

    /** The context menu a family entry shows (built when asked for). */
    public void setFamilyMenu(Function<SidebarEntry.FamilyEntry, ContextMenu> menu) {
        this.familyMenu = menu;
    }

    /** What a paper dragged from the table onto a family does (receives the family and the paper's id). */
    public void setPaperDrop(java.util.function.BiConsumer<SidebarEntry.FamilyEntry, Long> drop) {
        this.paperDrop = drop;
    }

    /** What the button in the Families heading does ("Suggest families…"). */
    public void setFamiliesAction(Runnable action) {
        this.familiesAction = action;
    }

    public SidebarEntry selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    private final class EntryCell extends ListCell<SidebarEntry> {
        EntryCell() {
            // as wide as the list, never wider: counts align right and no sideways scroll bar appears
            setPrefWidth(0);
            setOnDragOver(e -> {
                if (getItem() instanceof SidebarEntry.FamilyEntry && e.getDragboard().hasContent(org.lectern.ui.table.PaperTable.PAPER_ID)) {
                    e.acceptTransferModes(javafx.scene.input.TransferMode.LINK);
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                Object id = e.getDragboard().getContent(org.lectern.ui.table.PaperTable.PAPER_ID);
                if (getItem() instanceof SidebarEntry.FamilyEntry f && id instanceof Long paper && paperDrop != null) {
                    paperDrop.accept(f, paper);
                    e.setDropCompleted(true);
                    e.consume();
                }
            });
        }

        private <T extends Region> T fill(T box) {
            box.prefWidthProperty().bind(widthProperty().subtract(30)); // the cell padding (lectern.css) and a little air
            return box;
        }

        @Override
        protected void updateItem(SidebarEntry item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("sidebar-heading");
            setDisable(false);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            if (item instanceof SidebarEntry.Heading h) {
                getStyleClass().add("sidebar-heading");
                Label l = new Label(h.label().toUpperCase());
                l.setMinWidth(Region.USE_PREF_SIZE); // a heading is never cut
                if (familiesAction != null && "Families".equals(h.label())) {
                    Button suggest = new Button("Suggest…");
                    suggest.setId("suggest-families");
                    suggest.getStyleClass().addAll("flat", "small");
                    suggest.setFocusTraversable(false);
                    // its word is never cut: the heading gives way first, the tooltip says the rest
                    suggest.setMinWidth(Region.USE_PREF_SIZE);
                    suggest.setTooltip(new javafx.scene.control.Tooltip("Suggest families for the papers in no family"));
                    suggest.setAccessibleText("Suggest families");
                    suggest.setOnAction(e -> familiesAction.run());
                    Region gap = new Region();
                    HBox.setHgrow(gap, Priority.ALWAYS);
                    HBox line = new HBox(6, l, gap, suggest);
                    line.setAlignment(Pos.CENTER_LEFT);
                    setGraphic(fill(line));
                    return;
                }
                setGraphic(l);
                return;
            }
            Label name = new Label(item.label());
            name.setMinWidth(0);
            // one gap of 8 between the name and its count, not the box's spacing on both sides of the gap:
            // at 1024 px "Recently added" then fits the sidebar whole
            Region gap = new Region();
            gap.setMinWidth(8);
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label count = new Label();
            count.getStyleClass().add("sidebar-count");
            count.setMinWidth(Region.USE_PREF_SIZE); // a long family name gives way, never its progress
            HBox line = new HBox(0, name, gap, count);
            line.setAlignment(Pos.CENTER_LEFT);
            if (item instanceof SidebarEntry.ViewEntry v) {
                count.setText(Integer.toString(v.count()));
            } else if (item instanceof SidebarEntry.StatusEntry s) {
                count.setText(Integer.toString(s.count()));
            } else if (item instanceof SidebarEntry.TagEntry t) {
                name.setText("#" + t.label());
                count.setText(Integer.toString(t.count()));
            } else if (item instanceof SidebarEntry.FamilyEntry f) {
                name.setGraphic(new Circle(5, Color.web(f.color() == null ? "#888888" : f.color())));
                count.setText(f.read() + "/" + f.total()); // tight, so the family's name keeps the room
                count.setAccessibleText(f.read() + " of " + f.total() + " read");
                ProgressBar progress = new ProgressBar(f.total() == 0 ? 0 : (double) f.read() / f.total());
                progress.getStyleClass().add("family-progress");
                progress.setMaxWidth(Double.MAX_VALUE);
                setGraphic(fill(new VBox(3, line, progress)));
                return;
            }
            setGraphic(fill(line));
        }
    }
}
