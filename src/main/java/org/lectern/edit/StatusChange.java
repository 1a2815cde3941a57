package org.lectern.edit;

import org.lectern.library.Status;
import org.lectern.store.Papers;

/** Sets a paper's status; undo gives back the status it had. */
public final class StatusChange implements Change {
    private final Papers papers;
    private final long paperId;
    private final Status status;
    private Status before;

    public StatusChange(Papers papers, long paperId, Status status) {
        this.papers = papers;
        this.paperId = paperId;
        this.status = status;
    }

    @Override
    public String description() {
        return "Mark " + status.label();
    }

    @Override
    public void apply() {
        before = papers.setStatus(paperId, status);
    }

    @Override
    public void undo() {
        if (before != null) papers.setStatus(paperId, before);
    }
}
