package org.lectern.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The one way the window changes data: every change goes through {@link #perform}, so it can be undone
 * and redone in order. Thread-safe; the changes themselves run on the caller's (background) thread.
 */
public final class UndoJournal {
    private final Deque<Change> done = new ArrayDeque<>();
    private final Deque<Change> undone = new ArrayDeque<>();
    private final int limit;

    public UndoJournal() {
        this(200);
    }

    /** A journal that remembers at most {@code limit} changes. */
    public UndoJournal(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive");
        this.limit = limit;
    }

    /**
     * Applies {@code change} and remembers it; a change that throws, or that changed nothing
     * ({@link Change#changedNothing}), is not remembered, and what was undone can still be redone.
     */
    public synchronized void perform(Change change) {
        change.apply();
        if (change.changedNothing()) return;
        done.push(change);
        undone.clear();
        while (done.size() > limit) done.removeLast();
    }

    /** Undoes the latest change; empty when there was nothing to undo. */
    public synchronized Optional<Change> undo() {
        Change c = done.peek();
        if (c == null) return Optional.empty();
        c.undo();
        done.pop();
        undone.push(c);
        return Optional.of(c);
    }

    /** Applies again the latest undone change; empty when there was nothing to redo. */
    public synchronized Optional<Change> redo() {
        Change c = undone.peek();
        if (c == null) return Optional.empty();
        c.apply();
        undone.pop();
        done.push(c);
        return Optional.of(c);
    }

    /** Undoes {@code change} when it is the latest one (the Undo of a notification); false otherwise. */
    public synchronized boolean undoIfLatest(Change change) {
        if (done.peek() != change) return false;
        undo();
        return true;
    }

    /** Forgets every change: after the library was replaced (a restore), none of them applies any more. */
    public synchronized void clear() {
        done.clear();
        undone.clear();
    }

    public synchronized Optional<String> nextUndo() {
        return Optional.ofNullable(done.peek()).map(Change::description);
    }

    public synchronized Optional<String> nextRedo() {
        return Optional.ofNullable(undone.peek()).map(Change::description);
    }

    /**
     * Runs {@code growth} when {@code change} is still the latest change done, holding the journal, so no
     * undo slips in between; false (and nothing run) when it is not.
     */
    public synchronized boolean growLatest(Change change, Runnable growth) {
        if (done.peek() != change) return false;
        growth.run();
        return true;
    }

    /** The latest change still done (a note being typed grows it instead of adding another). */
    public synchronized Optional<Change> latest() {
        return Optional.ofNullable(done.peek());
    }
}
