package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged launcher (the jlink image) run as a real process on a library in a test's folder. */
final class PackagedLauncher {
    static final Path LAUNCHER = Path.of(System.getProperty("lectern.image", "target/lectern"), "bin", "lectern");

    /** What one run of the launcher gave: its exit code and everything it printed. */
    record Run(int code, String out, String err) {
    }

    private PackagedLauncher() {
    }

    /** Runs {@code lectern --library DIR/library.db ARGS…}, its output kept in files in {@code dir}. */
    static Run run(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "--library", dir.resolve("library.db").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish: " + command);
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }
}
