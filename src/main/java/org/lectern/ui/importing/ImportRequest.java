package org.lectern.ui.importing;

import java.util.List;
import java.nio.file.Path;

/**
 * A listing the reader handed to the window (dropped, pasted or opened), not read yet.
 * Either {@code files} or {@code text} holds it.
 *
 * @param source what the import will be called ("seed.txt", "pasted text")
 * @param html   the text/html flavour a browser sent beside the text, null when there was none
 */
public record ImportRequest(String source, List<Path> files, String text, String html) {
    public ImportRequest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public ImportRequest(String source, List<Path> files, String text) {
        this(source, files, text, null);
    }

    public static ImportRequest ofFiles(List<Path> files) {
        String source = files.size() == 1 ? String.valueOf(files.get(0).getFileName())
                : files.size() + " files";
        return new ImportRequest(source, files, null);
    }

    public static ImportRequest ofText(String source, String text) {
        return new ImportRequest(source, List.of(), text);
    }

    /** Text that came with its HTML flavour: the HTML is read first, the text when it names no paper. */
    public static ImportRequest ofText(String source, String text, String html) {
        return new ImportRequest(source, List.of(), text, html == null || html.isBlank() ? null : html);
    }
}
