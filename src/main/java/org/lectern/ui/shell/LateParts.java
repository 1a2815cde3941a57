package org.lectern.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Parts of the window that the first rows need not wait for (the menu bar, the search box, the status
 * bar, the sidebar's list and the detail, whose contents are read after the first rows anyway): the
 * first scene holds a stand-in of the same size and background in each one's place, so the
 * first styling and layout of the scene, and the first rows after it, are not held up by their controls'
 * skins and styles; the parts themselves take their places on the turn after the first rows are laid out.
 * A key or a click before then brings them in at once, before the key's action runs, so every key acts
 * from the first frame as it does later; a click aimed at a stand-in goes on to the part now at its point
 * (the search box takes the focus, the menu title opens its menu). On the FX thread only.
 */
final class LateParts {
    /** What puts each part in its place. */
    private final List<Runnable> waiting = new ArrayList<>();
    private final List<Node> parts = new ArrayList<>();
    private Parent root;
    private boolean in;

    /**
     * A stand-in of the style classes {@code styleClasses} (their height and background, set in the
     * stylesheet) put in place by {@code place}; {@code part} replaces it through {@code place} later.
     */
    void hold(Node part, Consumer<Node> place, String... styleClasses) {
        Region stand = standIn(part.getId() == null ? Integer.toString(waiting.size()) : part.getId(), styleClasses);
        HBox.setHgrow(stand, HBox.getHgrow(part) == null ? Priority.NEVER : HBox.getHgrow(part));
        place.accept(stand);
        waiting.add(() -> {
            parts.add(part);
            place.accept(part);
        });
    }

    /** As above, for a part not made yet: {@code make} makes it when it comes in, not before. */
    void hold(String id, Supplier<Node> make, Consumer<Node> place, String... styleClasses) {
        place.accept(standIn(id, styleClasses));
        waiting.add(() -> {
            Node part = make.get();
            parts.add(part);
            place.accept(part);
        });
    }

    private Region standIn(String id, String... styleClasses) {
        Region stand = new Region();
        stand.getStyleClass().setAll(styleClasses);
        stand.setId("placeholder-" + id);
        stand.addEventHandler(MouseEvent.ANY, this::passOn);
        return stand;
    }

    /**
     * Brings the parts in before any key or click on {@code root} is handled: call before the window's own
     * key filters are installed on it, so this one runs first.
     */
    void install(Parent root) {
        this.root = root;
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::bringInFor);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, this::bringIn);
        // a listing dragged in before the first rows: the import it starts finds the window's flows made
        root.addEventFilter(DragEvent.DRAG_ENTERED, this::bringIn);
    }

    /**
     * A key that brings the parts in is sent again once they are in: the scene's own filters and handlers of
     * a part, which it adds as it comes in (the menu bar's Alt and arrows), would otherwise miss it.
     */
    private void bringInFor(KeyEvent e) {
        if (in) return;
        bringIn(e);
        e.consume();
        Event.fireEvent(e.getTarget(), e.copyFor(e.getSource(), e.getTarget()));
    }

    private void bringIn(Event e) {
        if (in) return;
        bringIn();
        // styled now, so a part the key is for (the search box) has its skin before the key's action runs
        for (Node p : parts) p.applyCss();
    }

    /**
     * A press, drag, release or click on a stand-in: the press has brought the parts in (and a release
     * comes to the stand-in the press was on, gone from the scene by then), so the event goes to the
     * part's node at its point, laid out first where it has not been yet.
     */
    private void passOn(MouseEvent e) {
        EventType<? extends MouseEvent> type = e.getEventType();
        if (root == null || (type != MouseEvent.MOUSE_PRESSED && type != MouseEvent.MOUSE_DRAGGED
                && type != MouseEvent.MOUSE_RELEASED && type != MouseEvent.MOUSE_CLICKED)) return;
        bringIn(e);
        e.consume();
        root.applyCss();
        root.layout();
        Redelivery.mouseAt(e, root);
    }

    /** Puts every part in its place (once). */
    void bringIn() {
        if (in) return;
        in = true;
        waiting.forEach(Runnable::run);
        waiting.clear();
    }
}
