package org.lectern.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.lectern.export.ExportFormat;
import org.lectern.library.Paper;
import org.lectern.library.PaperRow;
import org.lectern.store.Library;
import org.lectern.store.Papers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lectern list}: the papers a filter selects, as a table or as JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List papers.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    LecternCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filter;

    @Option(names = "--json", description = "Print JSON (the export format) instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Library library = parent.openLibrary()) {
            filter.check(library);
            Papers papers = new Papers(library);
            if (json) {
                List<Paper> all = papers.all(filter.toFilter());
                StringWriter text = new StringWriter();
                ExportFormat.JSON.write(all, text);
                out.print(text);
                out.flush();
                return 0;
            }
            Papers.Sort sort = filter.search != null ? Papers.Sort.RELEVANCE
                    : filter.queue ? Papers.Sort.QUEUE : Papers.Sort.ADDED;
            List<PaperRow> rows = papers.page(filter.toFilter(), sort, false, 0, Integer.MAX_VALUE);
            out.printf("%6s  %-8s  %7s  %-10s  %s%n", "id", "status", "upvotes", "published", "title");
            for (PaperRow r : rows) {
                out.printf("%6d  %-8s  %7s  %-10s  %s%n", r.id(), r.status().key(),
                        r.upvotes() == null ? "-" : r.upvotes(), r.published() == null ? "" : r.published(),
                        r.title() + (r.families().isEmpty() ? "" : "  [" + r.families() + "]"));
            }
            out.println(rows.size() + (rows.size() == 1 ? " paper" : " papers"));
            out.flush();
        }
        return 0;
    }
}
