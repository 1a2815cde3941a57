package org.lectern.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Long listings for the window's tests, made from the dev listing's lines with a word that makes each paper new. */
final class BigListings {
    private BigListings() {
    }

    /**
     * Writes {@code lines} papers in the one-line form to {@code file}: the dev listing's lines over and
     * over, the title of the i-th marked "{@code mark}i" so that no two are the same paper.
     */
    static Path write(Path file, int lines, String mark) throws Exception {
        List<String> dev = Files.readAllLines(Path.of(BigListings.class
                .getResource("/listings/dev-daily-papers-2024.txt").toURI())).stream().filter(l -> !l.isBlank()).toList();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String l = dev.get(i % dev.size());
            int space = l.indexOf(' ');
            text.append(l, 0, space).append(' ').append(mark).append(i).append(l.substring(space)).append('\n');
        }
        Files.writeString(file, text);
        return file;
    }
}
