package org.lectern.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.lectern.store.Duplicates;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lectern duplicates [--json]}: pairs of papers that are likely one, with the reason. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"List likely duplicates: the same arXiv id, the same text, the same or a near-identical title.",
            "Merge a pair with: lectern merge A B"})
final class DuplicatesCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Option(names = "--json", description = "Print JSON: a list of {ids, titles, reason}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = lectern.out();
        List<Duplicates.Pair> pairs = lectern.services().duplicates().find();
        if (json) {
            JsonOut.printList(out, pairs, (p, o) -> {
                o.putArray("ids").add(p.first()).add(p.second());
                JsonOut.putStrings(o, "titles", List.of(p.firstTitle(), p.secondTitle()));
                o.put("reason", p.reason().words());
            });
            return 0;
        }
        for (Duplicates.Pair p : pairs) {
            out.printf("%d %d  %s%n    %s%n    %s%n", p.first(), p.second(), p.reason().words(), p.firstTitle(), p.secondTitle());
        }
        return 0;
    }
}
