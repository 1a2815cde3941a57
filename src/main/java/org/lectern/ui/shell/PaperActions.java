package org.lectern.ui.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import javafx.application.HostServices;

import org.lectern.edit.EditPaper;
import org.lectern.edit.QueueChange;
import org.lectern.edit.TagChange;
import org.lectern.library.Paper;
import org.lectern.library.Status;
import org.lectern.store.Library;
import org.lectern.store.PaperEdits;
import org.lectern.store.PaperFiles;
import org.lectern.store.Papers;
import org.lectern.ui.detail.DetailPane;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.StatusBar;

/** What the detail pane, the row menus and the keys do to one paper: each change through {@link Changes}. */
final class PaperActions implements DetailPane.Actions {
    private final Library library;
    private final Papers papers;
    private final PaperFiles files;
    private final Changes changes;
    private final StatusBar status;
    private final Supplier<HostServices> host;
    private final LongConsumer noteHistory;
    private java.util.function.BiPredicate<Long, String> tagTyped = (id, tag) -> false;

    PaperActions(Library library, Papers papers, PaperFiles files, Changes changes, StatusBar status, Supplier<HostServices> host,
                 LongConsumer noteHistory) {
        this.library = library;
        this.files = files;
        this.papers = papers;
        this.changes = changes;
        this.status = status;
        this.host = host;
        this.noteHistory = noteHistory;
    }

    @Override
    public void setStatus(long paperId, Status s) {
        changes.perform(QueueChange.status(papers, paperId, s), Keep.paper(paperId));
    }

    /** Who may take a typed tag first (the triage key {@code t}, for a selection): true when it did. */
    void onTagTyped(java.util.function.BiPredicate<Long, String> first) {
        tagTyped = first;
    }

    @Override
    public void addTag(long paperId, String tag) {
        if (tagTyped.test(paperId, tag)) return;
        changes.perform(TagChange.add(papers, paperId, tag), Keep.paper(paperId));
    }

    @Override
    public void removeTag(long paperId, String tag) {
        changes.perform(TagChange.remove(papers, paperId, tag), Keep.paper(paperId));
    }

    @Override
    public void saveNote(long paperId, String body, boolean newStretch) {
        changes.saveNote(papers, paperId, body, newStretch);
    }

    @Override
    public void editPaper(long paperId, java.util.Map<PaperEdits.Field, Object> edits, Runnable saved,
                          java.util.function.Consumer<String> refused) {
        changes.perform(new EditPaper(library, paperId, edits), Keep.paper(paperId), () -> {
            saved.run();
            status.say("Saved the edit (Ctrl+Z undoes it)");
        }, e -> refused.accept(StatusBar.reason(e))); // a refused edit writes nothing: the form says why
    }

    @Override
    public void showNoteHistory(long paperId) {
        noteHistory.accept(paperId);
    }

    @Override
    public void openLink(String url) {
        HostServices h = host.get();
        if (h != null) h.showDocument(url);
        else status.keep(url); // no browser to hand it to: the link stays to be copied
    }

    /** Opens the PDF kept with the paper, else its arXiv page (or its own link; else an arXiv search for its title). */
    void openPaper(Paper p) {
        java.util.Optional<java.nio.file.Path> pdf = files.of(p.id());
        String url = pdf.isPresent() ? pdf.get().toUri().toString()
                : p.arxivId() != null && !p.arxivId().isBlank() ? "https://arxiv.org/abs/" + p.arxivId()
                : p.url() != null && !p.url().isBlank() ? p.url()
                : "https://arxiv.org/search/?searchtype=title&query=" + URLEncoder.encode(p.title(), StandardCharsets.UTF_8);
        openLink(url);
    }
}
