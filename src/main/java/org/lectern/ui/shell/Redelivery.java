package org.lectern.ui.shell;

import java.util.List;

import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;

/**
 * Hands a mouse event to whatever is now at its point of the scene: the press that was aimed at a part not
 * yet in the window goes to the part that has since taken its place, as if it had been there all along.
 */
final class Redelivery {
    private Redelivery() {
    }

    /** Fires a copy of {@code e} at the node under its scene point in {@code root} (the root itself if none). */
    static void mouseAt(MouseEvent e, Parent root) {
        Node target = nodeAt(root, e.getSceneX(), e.getSceneY());
        Node at = target == null ? root : target;
        Event.fireEvent(at, new MouseEvent(null, at, e.getEventType(), e.getSceneX(), e.getSceneY(), e.getScreenX(),
                e.getScreenY(), e.getButton(), e.getClickCount(), e.isShiftDown(), e.isControlDown(), e.isAltDown(),
                e.isMetaDown(), e.isPrimaryButtonDown(), e.isMiddleButtonDown(), e.isSecondaryButtonDown(),
                e.isBackButtonDown(), e.isForwardButtonDown(), e.isSynthesized(), e.isPopupTrigger(),
                e.isStillSincePress(), new PickResult(at, e.getSceneX(), e.getSceneY())));
    }

    /**
     * The topmost node under ({@code sceneX}, {@code sceneY}) in {@code n}, as a click picks it: visible, not
     * transparent to the mouse, holding the point inside its clip; null when none does.
     */
    static Node nodeAt(Node n, double sceneX, double sceneY) {
        if (!n.isVisible() || n.isMouseTransparent()) return null;
        Point2D p = n.sceneToLocal(sceneX, sceneY);
        if (p == null || !n.getBoundsInLocal().contains(p)) return null;
        Node clip = n.getClip();
        if (clip != null && !clip.contains(clip.parentToLocal(p))) return null;
        if (n instanceof Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node hit = nodeAt(children.get(i), sceneX, sceneY);
                if (hit != null) return hit;
            }
        }
        return n.contains(p) ? n : null;
    }
}
