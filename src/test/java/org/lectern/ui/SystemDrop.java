package org.lectern.ui;

import java.io.File;
import java.lang.reflect.Field;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.TKDropTargetListener;

/**
 * A drag from another application, delivered the way the toolkit delivers one: through the scene's own
 * drop-target listener (the object the windowing layer calls on enter, over, drop and exit). The scene then
 * builds its drag gesture, picks the node under the pointer and fires real {@code DragEvent}s at it, so the
 * window's handlers run exactly as they do when a file manager or a browser drops onto it. Call on the FX
 * thread.
 */
record SystemDrop(Scene scene, TKDropTargetListener target) {

    /** The drop target the toolkit installed on {@code scene}'s peer. */
    static SystemDrop onto(Scene scene) {
        try {
            Object peer = method(Scene.class, "getPeer").invoke(scene);
            Field f = field(peer.getClass(), "dropTargetListener");
            return new SystemDrop(scene, (TKDropTargetListener) f.get(peer));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the scene has no drop target", e);
        }
    }

    /** The contents of a drag: files, text, or both. */
    static TKClipboard carrying(List<File> files, String text) {
        return carrying(files, text, null);
    }

    /** The contents of a browser's drag: its text and, beside it, the selection's HTML. */
    static TKClipboard carrying(List<File> files, String text, String html) {
        Board board = new Board();
        if (files != null && !files.isEmpty()) board.content.put(DataFormat.FILES, List.copyOf(files));
        if (text != null) board.content.put(DataFormat.PLAIN_TEXT, text);
        if (html != null) board.content.put(DataFormat.HTML, html);
        return board;
    }

    /** Drags {@code files} in from outside and drops them at the centre of {@code scene}. */
    static TransferMode dropFiles(Scene scene, List<File> files) {
        SystemDrop drag = onto(scene);
        drag.enter(carrying(files, null));
        return drag.drop();
    }

    /** Enters at the centre of the scene and moves over it; returns the mode the window accepted (or null). */
    TransferMode enter(TKClipboard board) {
        Point2D p = centre();
        TransferMode entered = target.dragEnter(p.getX(), p.getY(), screenX(p), screenY(p), TransferMode.COPY, board);
        TransferMode over = target.dragOver(p.getX(), p.getY(), screenX(p), screenY(p), TransferMode.COPY);
        return over != null ? over : entered;
    }

    /** Drops at the centre; returns the mode the window completed the drop with (null when it refused). */
    TransferMode drop() {
        Point2D p = centre();
        return target.drop(p.getX(), p.getY(), screenX(p), screenY(p), TransferMode.COPY);
    }

    /** The pointer leaves the window without dropping. */
    void leave() {
        Point2D p = centre();
        target.dragExit(p.getX(), p.getY(), screenX(p), screenY(p));
    }

    private Point2D centre() {
        return new Point2D(scene.getWidth() / 2, scene.getHeight() / 2);
    }

    private double screenX(Point2D p) {
        return scene.getWindow().getX() + scene.getX() + p.getX();
    }

    private double screenY(Point2D p) {
        return scene.getWindow().getY() + scene.getY() + p.getY();
    }

    private static java.lang.reflect.Method method(Class<?> type, String name) throws NoSuchMethodException {
        java.lang.reflect.Method m = type.getDeclaredMethod(name);
        m.setAccessible(true);
        return m;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** What another application put on the drag: read-only data, copy or move offered. */
    private static final class Board implements TKClipboard {
        final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        public void setSecurityContext(AccessControlContext ctx) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.copyOf(content.keySet());
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... entries) {
            throw new UnsupportedOperationException("a drop target does not write to the drag");
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY, TransferMode.MOVE);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
