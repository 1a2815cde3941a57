package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** JavaFX stays in the ui packages: the library, the store and the undoable changes never need a window. */
class UiBoundaryTest {
    @Test
    void onlyUiImportsJavaFx() throws IOException {
        Path root = Path.of("src/main/java/org/lectern");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !root.relativize(f).startsWith("ui"))
                    .filter(f -> {
                        try {
                            return Files.readAllLines(f).stream().anyMatch(l -> l.startsWith("import javafx.")
                                    || l.startsWith("import org.controlsfx.") || l.startsWith("import atlantafx."));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(f -> root.relativize(f).toString()).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
