package org.lectern.edit;

import org.lectern.store.Papers;

/** Adds a tag to a paper or removes one; undo does the opposite, only when the change did something. */
public final class TagChange implements Change {
    private final Papers papers;
    private final long paperId;
    private final String tag;
    private final boolean add;
    private boolean changed;
    private boolean createdTag;

    private TagChange(Papers papers, long paperId, String tag, boolean add) {
        this.papers = papers;
        this.paperId = paperId;
        this.tag = tag.strip();
        this.add = add;
    }

    public static TagChange add(Papers papers, long paperId, String tag) {
        return new TagChange(papers, paperId, tag, true);
    }

    public static TagChange remove(Papers papers, long paperId, String tag) {
        return new TagChange(papers, paperId, tag, false);
    }

    @Override
    public String description() {
        return (add ? "Add tag " : "Remove tag ") + tag;
    }

    @Override
    public void apply() {
        createdTag = add && !papers.tagExists(tag);
        changed = add ? papers.addTag(paperId, tag) : papers.removeTag(paperId, tag);
    }

    @Override
    public void undo() {
        if (!changed) return;
        if (add) {
            papers.removeTag(paperId, tag);
            if (createdTag) papers.dropUnusedTag(tag); // the tag was new: leave no trace of it
        } else {
            papers.addTag(paperId, tag);
        }
    }
}
