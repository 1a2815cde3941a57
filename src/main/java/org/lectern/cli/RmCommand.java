package org.lectern.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.lectern.edit.DeletePapers;
import org.lectern.store.Deletions;
import org.lectern.store.LibraryServices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lectern rm PAPER…}: deletes papers, backing the library up first when more than a handful go. */
@Command(name = "rm", mixinStandardHelpOptions = true,
        description = {"Delete papers with their notes, tags, families and history.",
            "More than " + Deletions.HANDFUL + " at once are backed up first (see: lectern backup --list)."})
final class RmCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Parameters(paramLabel = "PAPER", arity = "1..*", description = "Ids, arXiv ids or titles.")
    List<String> targets;

    @Override
    public Integer call() {
        LibraryServices services = lectern.services();
        // every name is found before anything is deleted: one unknown paper deletes none
        Set<Long> ids = new LinkedHashSet<>();
        List<String> titles = new ArrayList<>();
        for (String t : targets) {
            var p = PaperArgument.find(services.papers(), t);
            if (ids.add(p.id())) titles.add(p.title());
        }
        DeletePapers delete = new DeletePapers(services.library(), ids);
        delete.apply();
        var out = lectern.out();
        titles.forEach(t -> out.println("deleted: " + t));
        if (delete.backup() != null) out.println("backed up first to " + delete.backup());
        return 0;
    }
}
