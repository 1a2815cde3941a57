package org.lectern.ui.shell;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import org.lectern.export.ExportFormat;
import org.lectern.library.Paper;
import org.lectern.library.PaperRow;
import org.lectern.ui.Background;
import org.lectern.ui.Keymap;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.window.LibraryView;
import org.lectern.ui.window.StatusBar;

/**
 * Copying the selected papers: "Title — link", one line a paper, or their BibTeX entries (the export's).
 * In a text field the copy keys copy its text, as they do everywhere else.
 */
final class CopyKeys {
    private final LibraryView view;
    private final Background background;
    private final StatusBar status;
    private final java.util.function.Supplier<Node> focus;

    CopyKeys(LibraryView view, Background background, StatusBar status, KeyDispatcher keys,
             java.util.function.Supplier<Node> focus) {
        this.view = view;
        this.background = background;
        this.status = status;
        this.focus = focus;
        keys.on(Keymap.COPY, true, () -> copy(false));
        keys.on(Keymap.COPY_BIBTEX, true, () -> copy(true));
    }

    private void copy(boolean bibtex) {
        if (focus.get() instanceof TextInputControl field) {
            field.copy();
            return;
        }
        List<Long> ids = view.table().view().getSelectionModel().getSelectedItems().stream()
                .filter(r -> r != null && r.id() >= 0).map(PaperRow::id).toList();
        if (ids.isEmpty() && view.selectedRowId() >= 0) ids = List.of(view.selectedRowId());
        if (ids.isEmpty()) return;
        List<Long> chosen = ids;
        background.run(null, () -> {
            List<Paper> papers = new ArrayList<>();
            for (long id : chosen) view.papers().get(id).ifPresent(papers::add);
            return papers;
        }, papers -> {
            if (papers.isEmpty()) return;
            ClipboardContent content = new ClipboardContent();
            content.putString(bibtex ? bibtex(papers) : titlesAndLinks(papers));
            Clipboard.getSystemClipboard().setContent(content);
            String what = papers.size() == 1 ? "“" + papers.get(0).title() + "”" : papers.size() + " papers";
            status.say("Copied " + what + (bibtex ? " as BibTeX" : ""));
        });
    }

    /** "Title — link" a line; a paper with no link is its title alone. */
    static String titlesAndLinks(List<Paper> papers) {
        StringBuilder s = new StringBuilder();
        for (Paper p : papers) {
            if (s.length() > 0) s.append('\n');
            String link = link(p);
            s.append(p.title()).append(link == null ? "" : " — " + link);
        }
        return s.toString();
    }

    /** The paper's own link, else its arXiv page; null when it has neither. */
    static String link(Paper p) {
        if (p.url() != null && !p.url().isBlank()) return p.url();
        if (p.arxivId() != null && !p.arxivId().isBlank()) return "https://arxiv.org/abs/" + p.arxivId();
        return null;
    }

    private static String bibtex(List<Paper> papers) {
        StringWriter out = new StringWriter();
        try {
            ExportFormat.BIBTEX.write(papers, out);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString().strip() + "\n";
    }
}
