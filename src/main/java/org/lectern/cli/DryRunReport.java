package org.lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.lectern.listing.Diagnostic;
import org.lectern.listing.ParsedPaper;
import org.lectern.listing.split.ReviewBudget;
import org.lectern.store.ImportPreview;

/**
 * What {@code lectern import --dry-run --json} prints: one JSON object with the listings' format, every
 * paper read (in listing order, files in the order given), every diagnostic and the counts an import
 * would reach; a paper is "uncertain" as {@link ReviewBudget} marks it within its file. For scripts and
 * for checking a reader against known papers.
 */
final class DryRunReport {
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode papers = JSON.createArrayNode();
    private final ArrayNode diagnostics = JSON.createArrayNode();
    private final Set<String> formats = new LinkedHashSet<>();

    /** Adds one file's papers and diagnostics. */
    void add(String file, ImportPreview preview) {
        formats.add(preview.format());
        ReviewBudget budget = new ReviewBudget();
        preview.items().forEach(item -> budget.add(item.reviewConfidence()));
        int place = 0;
        for (ImportPreview.Item item : preview.items()) {
            ParsedPaper p = item.paper();
            ObjectNode n = papers.addObject();
            n.put("line", p.line());
            n.put("title", p.title());
            n.put("abstract", p.abstractText());
            n.put("authors", p.authors());
            n.put("published", p.published() == null ? null : p.published().toString());
            n.put("upvotes", p.upvotes());
            n.put("comments", p.comments());
            n.put("arxiv_id", p.arxivId());
            n.set("author_names", n.arrayNode().addAll(p.authorNames().stream().map(n::textNode).toList()));
            n.put("url", p.url());
            n.put("confidence", p.confidence());
            n.put("uncertain", budget.uncertain(place++, item.reviewConfidence()));
        }
        for (Diagnostic d : preview.diagnostics()) {
            diagnostic(file, d.line(), d.message());
        }
    }

    /** A file that could not be read at all: a diagnostic without a line. */
    void unreadable(String file, String reason) {
        formats.add("unknown");
        diagnostic(file, null, "cannot read: " + reason);
    }

    private void diagnostic(String file, Integer line, String reason) {
        ObjectNode n = diagnostics.addObject();
        n.put("file", file);
        n.put("line", line);
        n.put("reason", reason);
    }

    /** Writes the object, the counts as given; "format" is "mixed" when the files differ in format. */
    void write(PrintWriter out, int added, int updated, int unchanged, int errors) {
        root.put("format", formats.size() == 1 ? formats.iterator().next() : formats.isEmpty() ? "unknown" : "mixed");
        root.set("papers", papers);
        root.set("diagnostics", diagnostics);
        ObjectNode counts = root.putObject("counts");
        counts.put("new", added);
        counts.put("updated", updated);
        counts.put("unchanged", unchanged);
        counts.put("errors", errors);
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }
}
