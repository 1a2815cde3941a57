package org.lectern.edit;

import java.util.function.Consumer;

import org.lectern.library.Status;
import org.lectern.store.Papers;

/**
 * A change to where one paper stands: its status, its place in the reading queue, or both. Undo puts
 * the paper back exactly: the same status, the same queue position, and its history without the step.
 */
public final class QueueChange implements Change {
    private final Papers papers;
    private final long paperId;
    private final String description;
    private final Consumer<Papers> action;
    private Papers.Place before;

    private QueueChange(Papers papers, long paperId, String description, Consumer<Papers> action) {
        this.papers = papers;
        this.paperId = paperId;
        this.description = description;
        this.action = action;
    }

    /** Sets the status (a paper entering the queue goes to its end). */
    public static QueueChange status(Papers papers, long paperId, Status status) {
        return new QueueChange(papers, paperId, "Mark " + status.label(), p -> p.setStatus(paperId, status));
    }

    /** Adds the paper to the end of the queue, or to its top. */
    public static QueueChange enqueue(Papers papers, long paperId, boolean top) {
        return new QueueChange(papers, paperId, top ? "Add to the top of the queue" : "Add to the queue",
                p -> p.enqueue(paperId, top));
    }

    /** Moves a queued paper {@code steps} places (negative: up). */
    public static QueueChange move(Papers papers, long paperId, int steps) {
        return new QueueChange(papers, paperId, steps < 0 ? "Move up" : "Move down", p -> p.move(paperId, steps));
    }

    /** Sends a queued paper to the end of the queue, keeping its status. */
    public static QueueChange skip(Papers papers, long paperId) {
        return new QueueChange(papers, paperId, "Skip", p -> p.move(paperId, Integer.MAX_VALUE / 2));
    }

    public long paperId() {
        return paperId;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply() {
        Papers.Place place = papers.place(paperId);
        action.accept(papers);
        before = place;
    }

    @Override
    public void undo() {
        if (before != null) papers.restore(paperId, before);
    }
}
