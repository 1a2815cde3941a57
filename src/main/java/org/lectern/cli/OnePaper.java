package org.lectern.cli;

import java.io.PrintWriter;

import org.lectern.library.Paper;
import org.lectern.store.LibraryServices;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The PAPER argument of a command about one paper, mixed into it, with the library the paper is
 * looked up in: every such command opens the same way and says the same thing about a name that
 * matches no paper.
 */
final class OnePaper {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAPER", description = "The paper's id, arXiv id or title.")
    String name;

    /** The services of the library the command runs on (see {@link LecternCommand#services}). */
    LibraryServices services() {
        return LecternContext.root(spec).services();
    }

    /** The paper the argument names, else an error the command line says in one line. */
    Paper paper() {
        return PaperArgument.find(services().papers(), name);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
