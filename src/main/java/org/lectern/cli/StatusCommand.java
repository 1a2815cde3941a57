package org.lectern.cli;

import java.util.concurrent.Callable;

import org.lectern.library.Paper;
import org.lectern.library.Status;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lectern status PAPER STATUS}: sets a paper's reading status. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Set a paper's reading status.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    OnePaper target;

    @Parameters(index = "1", paramLabel = "STATUS", description = "new, queued, reading, read or dropped.")
    String status;

    @Override
    public Integer call() {
        Status wanted = Status.parse(status);
        Paper p = target.paper();
        Status before = target.services().papers().setStatus(p.id(), wanted);
        target.out().println(before == wanted ? p.title() + ": already " + wanted.label() + ", unchanged"
                : p.title() + ": " + before.label() + " -> " + wanted.label());
        return 0;
    }
}
