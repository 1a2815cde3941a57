package org.lectern.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.lectern.families.Proposal;
import org.lectern.library.Family;
import org.lectern.store.Families;
import org.lectern.store.Papers;
import org.lectern.store.LibraryServices;
import org.lectern.store.Organizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lectern families}: the families and their papers, and the families Lectern proposes. */
@Command(name = "families", mixinStandardHelpOptions = true, description = "Show the families and their papers.",
        subcommands = {FamiliesCommand.Suggest.class, FamilyEditCommands.Create.class, FamilyEditCommands.Rename.class,
            FamilyEditCommands.Delete.class, FamilyEditCommands.Add.class, FamilyEditCommands.Remove.class})
final class FamiliesCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Option(names = "--json", description = "Print JSON: a list of {name, kind, color, reason, papers}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = lectern.out();
        LibraryServices services = lectern.services();
        Families families = services.families();
        List<Family> all = families.list();
        if (json) {
            JsonOut.printList(out, all, (f, o) -> {
                o.put("name", f.name());
                o.put("kind", f.kind());
                o.put("color", f.color());
                JsonOut.putStrings(o, "reason", words(f.reason()));
                JsonOut.putStrings(o, "papers", families.papers(f.id()).stream().map(Families.Member::title).toList());
            });
            return 0;
        }
        for (Family f : all) {
            out.printf("%s  (%s, %d %s, %d read)%n", f.name(), f.kind(), f.total(), f.total() == 1 ? "paper" : "papers", f.read());
            for (Families.Member m : families.papers(f.id())) out.println("    " + m.title());
        }
        if (all.isEmpty()) out.println("No families yet (see what Lectern proposes with: lectern families suggest).");
        return 0;
    }

    private static List<String> words(String reason) {
        List<String> out = new ArrayList<>();
        if (reason == null) return out;
        for (String w : reason.split(",")) {
            if (!w.isBlank()) out.add(w.strip());
        }
        return out;
    }

    /** {@code lectern families suggest [--json] [--accept]}. */
    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Show the families Lectern proposes for papers in none, with the words behind each.")
    static final class Suggest implements Callable<Integer> {
        @Mixin
        LecternContext lectern;

        @Option(names = "--json", description = "Print JSON: a list of {name, kind, reason, papers}.")
        boolean json;

        @Option(names = "--accept", description = "Create the proposed families (only those NAMEd, when given).")
        boolean accept;

        @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "NAME", description = "Only these proposals.")
        List<String> names = List.of();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = lectern.out();
            LibraryServices services = lectern.services();
            Organizer organizer = services.organizer();
            List<Proposal> proposals = FamilyEditCommands.named(organizer.propose(), names);
            Map<Long, String> titles = titles(services.papers(), proposals);
            if (accept) organizer.acceptAll(proposals); // one transaction: a kill leaves all or none
            if (json) {
                JsonOut.printList(out, proposals, (p, o) -> {
                    o.put("name", p.name());
                    o.put("kind", p.kind());
                    JsonOut.putStrings(o, "reason", p.reason());
                    JsonOut.putStrings(o, "papers", p.members().stream().map(titles::get).toList());
                });
                return 0;
            }
            for (Proposal p : proposals) {
                out.printf("%s  (%s, %d papers; because: %s)%n", p.name(), p.kind(), p.members().size(),
                        String.join(", ", p.reason()));
                p.members().forEach(id -> out.println("    " + titles.get(id)));
            }
            if (proposals.isEmpty()) out.println("Nothing to propose: every group of papers already has a family.");
            else if (accept) out.println("Created " + proposals.size() + (proposals.size() == 1 ? " family." : " families."));
            else out.println("Create them with: lectern families suggest --accept");
            return 0;
        }

        private static Map<Long, String> titles(Papers papers, List<Proposal> proposals) {
            Map<Long, String> out = new HashMap<>();
            for (Proposal p : proposals) {
                for (long id : p.members()) {
                    out.computeIfAbsent(id, k -> papers.get(k).map(x -> x.title()).orElse("#" + k));
                }
            }
            return out;
        }
    }
}
