package org.lectern.ui.importing;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.input.Clipboard;

/**
 * Decides what dropped or pasted content means for an import: listing files, a file URL, or listing text.
 * Kept apart from the view (which only adapts the drag event) so it can be tested without a window.
 */
public final class DroppedListing {
    /** Extensions that are certainly not listings; anything else is tried, and the parser explains. */
    private static final Set<String> NOT_LISTINGS = Set.of("png", "jpg", "jpeg", "gif", "webp", "zip", "gz",
            "tar", "exe", "dmg", "mp3", "mp4", "mov", "db", "sqlite");
    // PDFs and folders of them are read as papers (listing.PdfListing)

    private DroppedListing() {
    }

    /** What the drop or paste turned into: a request, or the reason there is nothing to import. */
    public sealed interface Outcome {
    }

    public record Accepted(ImportRequest request, List<String> skipped) implements Outcome {
    }

    public record Rejected(String reason) implements Outcome {
    }

    /** True when a drag carrying this content should be offered the drop target. */
    public static boolean acceptable(List<File> files, String text) {
        return (files != null && !files.isEmpty()) || (text != null && !text.isBlank());
    }

    /** Files win over text (a file manager sends both); text that names local files is read as those files. */
    public static Outcome from(List<File> files, String text, String textSource) {
        return from(files, text, null, textSource);
    }

    /** As {@link #from(List, String, String)}, with the HTML flavour a browser sends beside the text. */
    public static Outcome from(List<File> files, String text, String html, String textSource) {
        if (files != null && !files.isEmpty()) return fromFiles(files.stream().map(File::toPath).toList());
        boolean noHtml = html == null || html.isBlank();
        if ((text == null || text.isBlank()) && noHtml) return new Rejected("There is nothing to import: the drop held no text and no files.");
        List<Path> named = text == null ? List.of() : fileUris(text);
        if (!named.isEmpty()) return fromFiles(named);
        return new Accepted(ImportRequest.ofText(textSource, text, html), List.of());
    }

    /** A drag's or the clipboard's files, text and HTML, read while the board can still be read. */
    public static Outcome from(Clipboard board, String textSource) {
        return from(board.hasFiles() ? board.getFiles() : List.of(), board.hasString() ? board.getString() : null,
                board.hasHtml() ? board.getHtml() : null, textSource);
    }

    /** Pasted clipboard content: the same rules as a drop. */
    public static Outcome fromClipboard(List<File> files, String text) {
        return from(files, text, "pasted text");
    }

    private static Outcome fromFiles(List<Path> paths) {
        List<Path> listings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path p : paths) {
            String name = String.valueOf(p.getFileName());
            if (Files.isDirectory(p) || extension(name).equals("pdf")) {
                listings.add(p); // a PDF, or a folder searched for PDFs while the listing is read
            } else if (!Files.isReadable(p)) {
                skipped.add(name + " cannot be read");
            } else if (NOT_LISTINGS.contains(extension(name))) {
                skipped.add(name + " is not a listing (." + extension(name) + ")");
            } else {
                listings.add(p);
            }
        }
        if (listings.isEmpty()) {
            return new Rejected("Nothing to import: " + String.join("; ", skipped) + ".");
        }
        return new Accepted(ImportRequest.ofFiles(listings), List.copyOf(skipped));
    }

    /** Every line of {@code text} as a local file, when each non-blank line is a file: URL; else empty. */
    private static List<Path> fileUris(String text) {
        List<Path> out = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue; // text/uri-list comments
            if (!l.startsWith("file:")) return List.of();
            try {
                out.add(Path.of(URI.create(l)));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return List.of();
            }
        }
        return out;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
