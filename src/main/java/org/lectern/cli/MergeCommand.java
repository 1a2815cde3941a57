package org.lectern.cli;

import java.util.concurrent.Callable;

import org.lectern.edit.MergePapers;
import org.lectern.library.Paper;
import org.lectern.store.LibraryServices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lectern merge A B}: two entries of one paper become one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge paper B into paper A: A remains, with the richer fields of both, the union of their",
            "tags and families, both notes joined, both status histories, the status further along and the",
            "queue place of the one queued first (see: lectern duplicates)."})
final class MergeCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Parameters(index = "0", paramLabel = "A", description = "The paper that remains: id, arXiv id or title.")
    String kept;

    @Parameters(index = "1", paramLabel = "B", description = "The paper merged into it.")
    String other;

    @Override
    public Integer call() {
        LibraryServices services = lectern.services();
        Paper a = PaperArgument.find(services.papers(), kept);
        Paper b = PaperArgument.find(services.papers(), other);
        new MergePapers(services.library(), a.id(), b.id()).apply();
        Paper now = services.papers().get(a.id()).orElseThrow();
        lectern.out().println("merged " + b.id() + " into " + a.id() + ": " + now.title());
        return 0;
    }
}
