package org.lectern.ui.detail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;

import org.lectern.library.Paper;

/** The links under a paper's title: its arXiv and Hugging Face pages (or searches for its title), and its own link. */
final class PaperLinks {
    private PaperLinks() {
    }

    static List<Node> of(Paper p, Consumer<String> open) {
        List<Node> out = new ArrayList<>();
        if (p.arxivId() != null && !p.arxivId().isBlank()) {
            out.add(link("Open on arXiv", "https://arxiv.org/abs/" + p.arxivId(), open));
            out.add(link("Open on Hugging Face", "https://huggingface.co/papers/" + p.arxivId(), open));
        } else {
            String q = URLEncoder.encode(p.title(), StandardCharsets.UTF_8);
            out.add(link("Search arXiv", "https://arxiv.org/search/?searchtype=title&query=" + q, open));
            out.add(link("Search Hugging Face", "https://huggingface.co/papers?q=" + q, open));
        }
        if (p.url() != null && !p.url().isBlank() && (p.arxivId() == null || !p.url().contains(p.arxivId()))) {
            out.add(link("Open link", p.url(), open));
        }
        return out;
    }

    private static Hyperlink link(String text, String url, Consumer<String> open) {
        Hyperlink h = new Hyperlink(text);
        h.setOnAction(e -> open.accept(url)); // a Hyperlink fires on Enter and Space too
        return h;
    }
}
