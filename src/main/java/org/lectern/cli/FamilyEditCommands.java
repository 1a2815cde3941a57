package org.lectern.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lectern.families.Proposal;
import org.lectern.library.Family;
import org.lectern.store.Families;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.store.Papers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code lectern families create|rename|delete|add|remove}: the reader's own changes to families. */
final class FamilyEditCommands {
    private FamilyEditCommands() {
    }

    /** The proposals named (any case); all of them when no name is given. An unknown name is refused first. */
    static List<Proposal> named(List<Proposal> proposals, List<String> names) {
        if (names == null || names.isEmpty()) return proposals;
        List<Proposal> out = new ArrayList<>();
        for (String n : names) {
            Proposal p = proposals.stream().filter(x -> x.name().equalsIgnoreCase(n.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no proposal is named '" + n + "'; the proposals are: "
                            + String.join(", ", proposals.stream().map(Proposal::name).toList())));
            if (!out.contains(p)) out.add(p);
        }
        return out;
    }

    static Family family(Families families, String name) {
        return families.byName(name.strip()).orElseThrow(
                () -> new IllegalArgumentException("there is no family named '" + name + "' (see: lectern families)"));
    }

    /** Shared by the commands: the library, the families and where to print. */
    abstract static class FamilyEdit implements Callable<Integer> {
        @Mixin
        LecternContext lectern;

        abstract String change(Library library, Families families, Papers papers);

        @Override
        public Integer call() {
            LibraryServices services = lectern.services();
            Library library = services.library();
            String said = change(library, services.families(), services.papers());
            lectern.out().println(said);
            return 0;
        }

        List<Long> ids(Papers papers, List<String> names) {
            List<Long> out = new ArrayList<>();
            for (String n : names) out.add(PaperArgument.find(papers, n).id());
            return out;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a family, with papers in it if given.")
    static final class Create extends FamilyEdit {
        @Parameters(index = "0", paramLabel = "NAME", description = "The new family's name; no family may have it yet, in any case.")
        String name;

        @Parameters(index = "1..*", paramLabel = "PAPER", description = "Ids, arXiv ids or titles.")
        List<String> papers = List.of();

        @Override
        String change(Library library, Families families, Papers papers) {
            if (families.byName(name.strip()).isPresent()) throw new IllegalArgumentException("a family named '" + name.strip() + "' exists already");
            List<Long> ids = ids(papers, this.papers);
            families.create(name.strip(), "reader", null, ids, "reader");
            return "created " + name.strip() + " with " + ids.size() + (ids.size() == 1 ? " paper" : " papers");
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a family.")
    static final class Rename extends FamilyEdit {
        @Parameters(index = "0", paramLabel = "NAME", description = "The family to rename (any case; see: lectern families).")
        String name;

        @Parameters(index = "1", paramLabel = "NEW-NAME", description = "Its new name.")
        String newName;

        @Override
        String change(Library library, Families families, Papers papers) {
            Family f = family(families, name);
            if (f.name().equals(newName.strip())) return f.name() + ": unchanged";
            families.rename(f.id(), newName.strip());
            return "renamed " + f.name() + " to " + newName.strip();
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a family (its papers stay in the library; the library is backed up first).")
    static final class Delete extends FamilyEdit {
        @Parameters(index = "0", paramLabel = "NAME", description = "The family to delete (any case; see: lectern families).")
        String name;

        @Override
        String change(Library library, Families families, Papers papers) {
            Family f = family(families, name);
            families.delete(f.id());
            return "deleted the family " + f.name();
        }
    }

    /** add and remove: the same walk over the papers named, each making its own change to the membership. */
    abstract static class Membership extends FamilyEdit {
        @Parameters(index = "0", paramLabel = "NAME", description = "The family (any case; see: lectern families).")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PAPER", description = "Ids, arXiv ids or titles.")
        List<String> papers;

        private final Step step;
        /** What the count says: "added" or "removed". */
        private final String done;

        /** Makes the change for one paper; false when it was already so. */
        interface Step {
            boolean apply(Families families, long family, long paper);
        }

        Membership(Step step, String done) {
            this.step = step;
            this.done = done;
        }

        @Override
        String change(Library library, Families families, Papers papers) {
            Family f = family(families, name);
            int changed = 0;
            List<Long> ids = ids(papers, this.papers);
            for (long id : ids) if (step.apply(families, f.id(), id)) changed++;
            return f.name() + ": " + changed + " " + done + (ids.size() > changed ? ", " + (ids.size() - changed) + " unchanged" : "");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Put papers in a family.")
    static final class Add extends Membership {
        Add() {
            super(Families::add, "added");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Take papers out of a family (nothing automatic puts them back).")
    static final class Remove extends Membership {
        Remove() {
            super(Families::remove, "removed");
        }
    }

}
