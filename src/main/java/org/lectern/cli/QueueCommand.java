package org.lectern.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ObjLongConsumer;

import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.store.Papers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern queue}: the reading queue in order, and changes to it. */
@Command(name = "queue", mixinStandardHelpOptions = true, description = "Show or change the reading queue.",
        subcommands = {QueueCommand.Add.class, QueueCommand.Move.class, QueueCommand.Remove.class})
final class QueueCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Override
    public Integer call() {
        print(lectern.services().papers().queue(), lectern.out());
        return 0;
    }

    /** Applies one change to the paper {@code target} names, then prints the queue as it now is. */
    static int change(OnePaper target, ObjLongConsumer<Papers> change) {
        Papers papers = target.services().papers();
        change.accept(papers, target.paper().id());
        print(papers.queue(), target.out());
        return 0;
    }

    static void print(List<PaperRow> queue, PrintWriter out) {
        int n = 1;
        for (PaperRow r : queue) {
            out.printf("%3d. %-8s %s  (id %d)%n", n++, r.status().key(), r.title(), r.id());
        }
        if (queue.isEmpty()) out.println("The reading queue is empty (add papers with: lectern queue add PAPER).");
    }

    /** {@code lectern queue add PAPER [--top]}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a paper to the end (or top) of the queue.")
    static final class Add implements Callable<Integer> {
        @Mixin
        OnePaper target;

        @Option(names = "--top", description = "Put it first instead of last.")
        boolean top;

        @Override
        public Integer call() {
            return change(target, (papers, id) -> papers.enqueue(id, top));
        }
    }

    /** {@code lectern queue move PAPER STEPS}. */
    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Move a queued paper by STEPS places (negative: towards the top).")
    static final class Move implements Callable<Integer> {
        @Mixin
        OnePaper target;

        @Parameters(index = "1", paramLabel = "STEPS", description = "How many places; negative moves up.")
        int steps;

        @Override
        public Integer call() {
            return change(target, (papers, id) -> papers.move(id, steps));
        }
    }

    /** {@code lectern queue remove PAPER}: back to New. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take a paper out of the queue (back to New).")
    static final class Remove implements Callable<Integer> {
        @Mixin
        OnePaper target;

        @Override
        public Integer call() {
            return change(target, (papers, id) -> {
                Status now = papers.get(id).orElseThrow().status();
                if (!now.inQueue()) {
                    throw new IllegalArgumentException("that paper is not in the reading queue (its status is "
                            + now.key() + "); nothing was changed");
                }
                papers.setStatus(id, Status.NEW);
            });
        }
    }
}
