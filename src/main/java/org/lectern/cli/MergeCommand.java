package org.lectern.cli;

import java.util.concurrent.Callable;

import org.lectern.edit.MergePapers;
import org.lectern.library.Paper;
import org.lectern.store.Papers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lectern merge A B}: two entries of one paper become one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge paper B into paper A (see: lectern duplicates).",
            "A remains, with the richer fields of both, the union of their tags and families, both notes joined, "
                + "both status histories, the status further along and the queue place of the one queued first."})
final class MergeCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Parameters(index = "0", paramLabel = "A", description = "The paper that remains: id, arXiv id or title.")
    String kept;

    @Parameters(index = "1", paramLabel = "B", description = "The paper merged into it.")
    String other;

    @Override
    public Integer call() {
        Papers papers = lectern.services().papers();
        long a = PaperArgument.find(papers, kept).id();
        long b = PaperArgument.find(papers, other).id();
        Paper now = lectern.applied(new MergePapers(lectern.services().library(), a, b), a);
        lectern.out().println("merged " + b + " into " + a + ": " + now.title());
        return 0;
    }
}
