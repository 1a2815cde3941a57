package org.lectern.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.lectern.export.JsonExport;
import org.lectern.library.Paper;
import org.lectern.store.Papers;
import org.lectern.store.Placeholders;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lectern show PAPER [--json]}: everything the library keeps about one paper. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one paper with everything the library keeps about it.")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    OnePaper target;

    @Option(names = "--json", description = "Print JSON: the export's keys, with id, queue_position and needs_details.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = target.out();
        Papers papers = target.services().papers();
        Paper p = target.paper();
        Double queue = papers.place(p.id()).queuePosition();
        boolean placeholder = target.services().placeholders().needsDetails(p.id());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.putAll(JsonExport.fields(p));
            m.put("queue_position", queuePlace(papers, p.id(), queue));
            m.put("needs_details", placeholder);
            JsonOut.print(out, m);
            return 0;
        }
        out.println(p.title() + (placeholder ? "  (" + Placeholders.LABEL + ")" : ""));
        line(out, "id", String.valueOf(p.id()));
        line(out, "status", p.status().key());
        Integer place = queuePlace(papers, p.id(), queue);
        if (place != null) line(out, "queue", "#" + place);
        line(out, "arXiv", p.arxivId());
        line(out, "url", p.url());
        line(out, "published", p.published() == null ? null : p.published().toString());
        line(out, "authors", p.authors() == null ? null : p.authors().toString());
        line(out, "upvotes", p.upvotes() == null ? null : p.upvotes().toString());
        line(out, "comments", p.comments() == null ? null : p.comments().toString());
        line(out, "tags", String.join(", ", p.tags()));
        line(out, "families", String.join(", ", p.families()));
        if (!p.abstractText().isBlank()) out.println(System.lineSeparator() + p.abstractText());
        if (!p.note().isBlank()) out.println(System.lineSeparator() + "Note:" + System.lineSeparator() + p.note());
        return 0;
    }

    /** The paper's place in the reading queue, counted from 1; null outside it. */
    private static Integer queuePlace(Papers papers, long id, Double position) {
        if (position == null) return null;
        int n = 1;
        for (var r : papers.queue()) {
            if (r.id() == id) return n;
            n++;
        }
        return null;
    }

    private static void line(PrintWriter out, String name, String value) {
        if (value != null && !value.isEmpty()) out.printf("  %-10s %s%n", name, value);
    }
}
