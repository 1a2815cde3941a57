package org.lectern.edit;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.lectern.store.Deletions;
import org.lectern.store.Library;
import org.lectern.store.PaperSnapshot;

/**
 * Deletes papers with their notes, note versions, tags, families, history and queue place; undo gives
 * every one of them back. More than {@link Deletions#HANDFUL} at once are backed up first.
 */
public final class DeletePapers implements Change {
    private final Library library;
    private final List<Long> ids;
    private volatile PaperSnapshot before;
    private volatile Path backup;

    public DeletePapers(Library library, Collection<Long> ids) {
        this.library = library;
        this.ids = List.copyOf(ids);
    }

    public List<Long> ids() {
        return ids;
    }

    @Override
    public String description() {
        return ids.size() == 1 ? "Delete the paper" : "Delete " + ids.size() + " papers";
    }

    @Override
    public void apply() {
        Deletions.Deleted d = new Deletions(library).delete(ids);
        before = d.before();
        if (backup == null) backup = d.backup();
    }

    @Override
    public void undo() {
        PaperSnapshot b = before;
        if (b != null) b.restore(library);
    }

    /** The backup made before the first delete; null when it took a handful or fewer. */
    public Path backup() {
        return backup;
    }
}
