package org.lectern.ui.importing;

import java.util.List;
import java.nio.file.Path;

/**
 * A listing the reader handed to the window (dropped, pasted or opened), not read yet.
 * Either {@code files} or {@code text} holds it.
 *
 * @param source what the import will be called ("seed.txt", "pasted text")
 */
public record ImportRequest(String source, List<Path> files, String text) {
    public ImportRequest {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static ImportRequest ofFiles(List<Path> files) {
        String source = files.size() == 1 ? String.valueOf(files.get(0).getFileName())
                : files.size() + " files";
        return new ImportRequest(source, files, null);
    }

    public static ImportRequest ofText(String source, String text) {
        return new ImportRequest(source, List.of(), text);
    }
}
