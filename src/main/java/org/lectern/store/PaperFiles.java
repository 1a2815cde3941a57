package org.lectern.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lectern.library.Titles;
import org.lectern.listing.ParsedPaper;

/**
 * The PDFs kept with papers, in a {@code files/} folder beside the library: {@code files/<paper id>.pdf}.
 * By default the PDF is copied there, so the paper keeps its file when the downloads folder is cleaned up
 * and a copy of the library's folder carries its PDFs along; linked, the folder holds a symbolic link to
 * the file where it is (no second copy on disk, but a moved or deleted original is lost to the paper).
 * A paper that later arrives by id or title is the same row, so it finds its file here.
 */
public final class PaperFiles {
    /** How a PDF is kept: a copy (the default) or a link to where it lies. */
    public enum Mode { COPY, LINK }

    private final Library library;

    public PaperFiles(Library library) {
        this.library = library;
    }

    /** The folder of kept files, beside the library's file. */
    public Path folder() {
        Path parent = library.file().toAbsolutePath().getParent();
        return parent.resolve("files");
    }

    /** The PDF kept with the paper, when there is one (a dangling link counts as none). */
    public Optional<Path> of(long paperId) {
        Path p = folder().resolve(paperId + ".pdf");
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /**
     * Keeps the file of every paper read from a PDF (its link is a file: URI of a .pdf) once the import has
     * stored it; the paper's link then becomes its arXiv page, or the kept file when it has no id.
     *
     * @return how many files were kept
     */
    public int keep(List<ParsedPaper> papers, Mode mode) throws IOException {
        int kept = 0;
        for (ParsedPaper p : papers) {
            Path source = pdfOf(p);
            if (source == null) {
                continue;
            }
            Long id = idOf(p);
            if (id == null) {
                continue; // left out of the import
            }
            Files.createDirectories(folder());
            Path target = folder().resolve(id + ".pdf");
            if (mode == Mode.LINK) {
                Files.deleteIfExists(target);
                Files.createSymbolicLink(target, source.toAbsolutePath());
            } else if (!Files.exists(target) || !Files.isSameFile(source, target)) {
                // copied beside the target, then moved over it: a half-written copy never looks kept
                Path part = folder().resolve(id + ".pdf.part");
                Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            String link = p.arxivId() != null ? "https://arxiv.org/abs/" + p.arxivId() : target.toUri().toString();
            library.write(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE paper SET url = ? WHERE id = ? AND (url IS NULL OR url = ?)")) {
                    s.setString(1, link);
                    s.setLong(2, id);
                    s.setString(3, p.url());
                    return s.executeUpdate();
                }
            });
            kept++;
        }
        return kept;
    }

    /** The local PDF a paper was read from, or null. */
    static Path pdfOf(ParsedPaper p) {
        String url = p.url();
        if (url == null || !url.startsWith("file:") || !url.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return null;
        }
        try {
            Path path = Path.of(URI.create(url));
            return Files.isRegularFile(path) ? path : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    private Long idOf(ParsedPaper p) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM paper WHERE arxiv_id = ? OR title_key = ? "
                    + "ORDER BY arxiv_id = ? DESC LIMIT 1")) {
                s.setString(1, p.arxivId());
                s.setString(2, Titles.key(p.title()));
                s.setString(3, p.arxivId());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : null;
                }
            }
        });
    }
}
