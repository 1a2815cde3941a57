package org.lectern.cli;

import java.util.concurrent.Callable;

import org.lectern.library.Paper;
import org.lectern.library.Status;
import org.lectern.store.Library;
import org.lectern.store.Papers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lectern status PAPER STATUS}: sets a paper's reading status. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Set a paper's reading status.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    LecternCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAPER", description = "The paper's id, arXiv id or title.")
    String paper;

    @Parameters(index = "1", paramLabel = "STATUS", description = "new, queued, reading, read or dropped.")
    String status;

    @Override
    public Integer call() {
        Status target = Status.parse(status);
        try (Library library = parent.openLibrary()) {
            Papers papers = new Papers(library);
            Paper p = PaperArgument.find(papers, paper, spec);
            Status before = papers.setStatus(p.id(), target);
            spec.commandLine().getOut().println(before == target ? p.title() + ": already " + target.label() + ", unchanged"
                    : p.title() + ": " + before.label() + " -> " + target.label());
        }
        return 0;
    }
}
