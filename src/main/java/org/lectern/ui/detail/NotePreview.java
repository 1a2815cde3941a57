package org.lectern.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.lectern.ui.theme.Stylesheets;

/**
 * The note's Markdown as formatted text (CommonMark): headings, paragraphs, lists, quotes and code.
 * Nothing is fetched: a link opens in the browser only when clicked, an image shows as its description,
 * and HTML in the note is shown as the text it is.
 */
public final class NotePreview {
    private static final Parser PARSER = Parser.builder().build();

    private final VBox blocks = new VBox(8);
    private final ScrollPane root = new ScrollPane(blocks);
    private final Consumer<String> openLink;

    /** {@code openLink} receives a link's address when the reader clicks it. */
    public NotePreview(Consumer<String> openLink) {
        this.openLink = openLink;
        blocks.getStyleClass().add("note-preview-content");
        root.setId("note-preview");
        root.getStyleClass().add("note-preview");
        root.setFitToWidth(true);
        String css = Stylesheets.of(NotePreview.class, "note-preview.css");
        if (css != null) root.getStylesheets().add(css);
        VBox.setVgrow(root, Priority.ALWAYS);
    }

    public Node view() {
        return root;
    }

    /** Shows {@code markdown} formatted. */
    public void show(String markdown) {
        List<Node> out = new ArrayList<>();
        String text = markdown == null ? "" : markdown;
        if (text.isBlank()) out.add(styled(new Label("(the note is empty)"), "muted"));
        else blocksOf(PARSER.parse(text), out);
        blocks.getChildren().setAll(out);
    }

    /** The formatted blocks, for tests. */
    public VBox content() {
        return blocks;
    }

    private void blocksOf(org.commonmark.node.Node parent, List<Node> out) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Node shown = block(n);
            if (shown != null) out.add(shown);
        }
    }

    private Node block(org.commonmark.node.Node n) {
        if (n instanceof Heading h) return styled(inlines(h), "md-h" + Math.min(h.getLevel(), 3));
        if (n instanceof Paragraph) return inlines(n);
        if (n instanceof BulletList || n instanceof OrderedList) return list(n);
        if (n instanceof BlockQuote) return styled(children(n), "md-quote");
        if (n instanceof FencedCodeBlock c) return code(c.getLiteral());
        if (n instanceof IndentedCodeBlock c) return code(c.getLiteral());
        if (n instanceof HtmlBlock h) return code(h.getLiteral());
        if (n instanceof ThematicBreak) return new Separator();
        return children(n);
    }

    private VBox children(org.commonmark.node.Node n) {
        List<Node> inner = new ArrayList<>();
        blocksOf(n, inner);
        return new VBox(6, inner.toArray(Node[]::new));
    }

    private Node list(org.commonmark.node.Node list) {
        VBox items = new VBox(4);
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            Label marker = styled(new Label(list instanceof OrderedList ? (number++) + "." : "•"), "md-marker");
            marker.setMinWidth(18);
            VBox body = children(item);
            HBox.setHgrow(body, Priority.ALWAYS);
            items.getChildren().add(new HBox(4, marker, body));
        }
        return items;
    }

    private Node code(String literal) {
        Label l = new Label(literal.stripTrailing());
        l.setWrapText(true);
        return styled(l, "md-code-block");
    }

    private TextFlow inlines(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-paragraph");
        addInlines(parent, flow, List.of());
        return flow;
    }

    private void addInlines(org.commonmark.node.Node parent, TextFlow flow, List<String> styles) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(text(t.getLiteral(), styles));
            } else if (n instanceof Code c) {
                flow.getChildren().add(text(c.getLiteral(), with(styles, "md-code")));
            } else if (n instanceof Emphasis) {
                addInlines(n, flow, with(styles, "md-em"));
            } else if (n instanceof StrongEmphasis) {
                addInlines(n, flow, with(styles, "md-strong"));
            } else if (n instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", styles));
            } else if (n instanceof HtmlInline h) {
                flow.getChildren().add(text(h.getLiteral(), styles));
            } else if (n instanceof Image i) {
                // never fetched: a note must not make the app reach out to a server by being shown
                String alt = plainText(i);
                flow.getChildren().add(text("[image" + (alt.isBlank() ? "" : ": " + alt) + "]", with(styles, "md-image")));
            } else if (n instanceof Link l) {
                flow.getChildren().add(link(plainText(l), l.getDestination()));
            } else {
                addInlines(n, flow, styles);
            }
        }
    }

    private Hyperlink link(String label, String destination) {
        Hyperlink h = new Hyperlink(label.isBlank() ? destination : label);
        h.getStyleClass().add("md-link");
        String lower = destination == null ? "" : destination.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
        // only the web's own addresses are handed on: a file: or javascript: link in a note is shown, not opened
        if (web) h.setOnAction(e -> openLink.accept(destination));
        else h.setDisable(true);
        return h;
    }

    private static String plainText(org.commonmark.node.Node n) {
        StringBuilder s = new StringBuilder();
        for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) s.append(t.getLiteral());
            else if (c instanceof Code code) s.append(code.getLiteral());
            else s.append(plainText(c));
        }
        return s.toString();
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add("md-text");
        t.getStyleClass().addAll(styles);
        return t;
    }

    private static List<String> with(List<String> styles, String more) {
        List<String> out = new ArrayList<>(styles);
        out.add(more);
        return out;
    }

    private static <T extends Node> T styled(T node, String style) {
        node.getStyleClass().add(style);
        return node;
    }
}
