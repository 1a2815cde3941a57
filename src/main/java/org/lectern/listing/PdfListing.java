package org.lectern.listing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Dropped or imported PDFs, and folders of them, as one listing: a paper per readable PDF. */
public final class PdfListing {
    public static final String NAME = "pdf";

    /** Folders are searched this deep: a downloads folder with a few subfolders, not a whole disk. */
    private static final int DEPTH = 3;

    private PdfListing() {
    }

    /** True for a path this reader takes: a PDF file, or a folder holding one. */
    public static boolean accepts(Path p) {
        if (Files.isDirectory(p)) {
            return !files(List.of(p)).isEmpty();
        }
        return isPdf(p);
    }

    static boolean isPdf(Path p) {
        return String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(".pdf") && Files.isRegularFile(p);
    }

    /** The PDF files among the paths, folders opened, each folder's files in name order. */
    public static List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p, DEPTH)) {
                    s.filter(PdfListing::isPdf).sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    // an unreadable folder gives no files; read() says so
                }
            } else if (isPdf(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The files in {@code folder} (as deep as its PDFs are searched) that are not PDFs and so are not
     * read, in name order; none when it is no folder or cannot be read.
     */
    public static List<Path> notPdfs(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.walk(folder, DEPTH)) {
            return s.filter(p -> Files.isRegularFile(p) && !isPdf(p)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** The papers read, and beside each the PDF it was read from (same order). */
    public record Read(ParseResult result, List<Path> sources) {
    }

    /** Every PDF among the paths as a paper; a file PDFBox cannot read is a diagnostic naming it. */
    public static ParseResult read(List<Path> paths) {
        return readAll(paths).result();
    }

    /** As {@link #read(List)}, with the file of every paper. */
    public static Read readAll(List<Path> paths) {
        List<Path> sources = new ArrayList<>();
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> pdfs = files(paths);
        for (Path p : paths) {
            if (Files.isDirectory(p) && files(List.of(p)).isEmpty()) {
                diagnostics.add(new Diagnostic(0, p.getFileName() + ": no PDF in this folder"));
            }
        }
        for (Path pdf : pdfs) {
            try {
                papers.add(PdfPaper.read(pdf));
                sources.add(pdf);
            } catch (IOException | RuntimeException e) {
                diagnostics.add(new Diagnostic(0, pdf.getFileName() + ": not a readable PDF ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")"));
            }
        }
        return new Read(new ParseResult(NAME, papers, diagnostics), sources);
    }
}
