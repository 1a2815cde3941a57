package org.lectern.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.lectern.library.Paper;
import org.lectern.store.Papers;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lectern tag PAPER +a -b}: adds and removes tags. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Add (+name, or just name) and remove (-name) tags of a paper; without changes, print its tags."})
final class TagCommand implements Callable<Integer> {
    @Mixin
    OnePaper target;

    @Parameters(index = "1..*", paramLabel = "CHANGE", description = "+tag adds it, -tag removes it.")
    List<String> changes = List.of();

    /** "-b" is a tag to remove, not an unknown option. */
    static void acceptDashes(CommandLine root) {
        root.getSubcommands().get("tag").setUnmatchedOptionsArePositionalParams(true);
    }

    @Override
    public Integer call() {
        Papers papers = target.services().papers();
        Paper p = target.paper();
        var out = target.out();
        for (String change : changes) {
            boolean remove = change.startsWith("-");
            String name = change.startsWith("+") || remove ? change.substring(1) : change;
            if (name.isBlank()) throw new IllegalArgumentException("'" + change + "' names no tag");
            if (remove && !papers.removeTag(p.id(), name)) out.println("had no tag " + name.strip() + ": unchanged");
            if (!remove && !papers.addTag(p.id(), name)) out.println("already tagged " + name.strip() + ": unchanged");
        }
        List<String> tags = papers.get(p.id()).orElseThrow().tags();
        out.println(p.title() + ": " + (tags.isEmpty() ? "no tags" : String.join(", ", tags)));
        return 0;
    }
}
