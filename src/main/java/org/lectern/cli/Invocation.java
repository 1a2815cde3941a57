package org.lectern.cli;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where a command's standard input comes from, what relative file names are relative to and which
 * library it uses when it names none: this process's own, or those of a launch that handed its
 * command to the process that has the library open.
 *
 * @param workingDirectory null for this process's own
 * @param library the default library, or null to resolve it from this process's environment
 */
public record Invocation(InputStream in, Path workingDirectory, Path library) {
    /** This process's own console and folder. */
    public static Invocation local() {
        return new Invocation(System.in, null, null);
    }

    /** Whether standard input is this process's own terminal: never for a command handed over by another launch. */
    public boolean console() {
        return in == System.in && System.console() != null;
    }

    /** {@code name} as the reader meant it: relative names are relative to the reader's folder. */
    public Path resolve(String name) {
        Path p = Path.of(name);
        return workingDirectory == null ? p : workingDirectory.resolve(p);
    }
}
