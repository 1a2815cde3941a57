package org.lectern.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.lectern.edit.Change;
import org.lectern.library.Paper;
import org.lectern.store.LibraryServices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What a command reaches through the {@code lectern} command it runs under, mixed into it: the library it
 * runs on and where it prints. Every command reaches them the same way, however deep it is nested. (A mixin
 * needs an annotation of picocli's to be one; its empty {@code @Command} adds nothing to the command's.)
 */
@Command
class LecternContext {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The services of the library the command runs on (see {@link LecternCommand#services}). */
    LibraryServices services() {
        return root(spec).services();
    }

    /** The services a dry run reads, which never change the disk (see {@link LecternCommand#previewServices}). */
    LibraryServices previewServices() {
        return root(spec).previewServices();
    }

    /** The library file the command runs on. */
    Path libraryPath() {
        return root(spec).libraryPath();
    }

    /** Standard input as the command was given it (a launch's own, when handed to an open window). */
    InputStream stdin() {
        return root(spec).stdin();
    }

    /** Whether the reader types at standard input in this process's terminal (see {@link Invocation#console}). */
    boolean console() {
        return root(spec).console();
    }

    /** A file named on the command line to be read (see {@link LecternCommand#inputFile}). */
    Path inputFile(String name) {
        return root(spec).inputFile(name);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Applies {@code change}, then reads the paper {@code id} as the change left it. */
    Paper applied(Change change, long id) {
        change.apply();
        return services().papers().get(id).orElseThrow();
    }

    /** The {@code lectern} command that {@code spec}'s command runs under. */
    static LecternCommand root(CommandSpec spec) {
        return (LecternCommand) spec.root().userObject();
    }
}
