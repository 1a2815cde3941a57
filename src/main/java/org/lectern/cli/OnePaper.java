package org.lectern.cli;

import org.lectern.library.Paper;

import picocli.CommandLine.Parameters;

/**
 * The PAPER argument of a command about one paper, mixed into it with the rest of the command's context:
 * every such command opens the same way and says the same thing about a name that matches no paper.
 */
final class OnePaper extends LecternContext {
    @Parameters(index = "0", paramLabel = "PAPER", description = "The paper's id, arXiv id or title.")
    String name;

    /** The paper the argument names, else an error the command line says in one line. */
    Paper paper() {
        return PaperArgument.find(services().papers(), name);
    }
}
