package org.lectern.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.lectern.export.ExportFormat;
import org.lectern.library.Paper;
import org.lectern.store.LibraryServices;
import org.lectern.store.FileProblem;
import org.lectern.store.LibraryFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lectern export}: writes papers as JSON, BibTeX or Markdown. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export papers.")
final class ExportCommand implements Callable<Integer> {
    /** How the temporary file an export is written to begins, beside its target. */
    private static final String SCRATCH = ".lectern-export";

    @Mixin
    LecternContext lectern;

    @Mixin
    FilterOptions filter;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "json (default), bibtex or markdown.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.parse(format);
        List<Paper> papers;
        LibraryServices services = lectern.services();
        filter.check(services);
        var statuses = filter.statuses();
        papers = services.papers().all(filter.toFilter()).stream()
                .filter(p -> statuses.isEmpty() || statuses.contains(p.status())).toList();
        if (out == null) {
            PrintWriter w = lectern.out();
            f.write(papers, w);
            w.flush();
        } else {
            LibraryFiles.refuse(lectern.libraryPath(), out); // renamed over the library, the export would replace it
            if (Files.isDirectory(out)) {
                throw new IllegalArgumentException("--out " + out + " is a folder; name the file to write in it, e.g. "
                        + out.resolve("papers." + f.extension()));
            }
            // Written beside the target first, so a failed export never leaves half a file, nor the half-written copy.
            Path parentDir = out.toAbsolutePath().getParent();
            Path tmp = null;
            try {
                Files.createDirectories(parentDir);
                tmp = Files.createTempFile(parentDir, SCRATCH, ".tmp");
                try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                    f.write(papers, w);
                }
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (tmp != null) Files.deleteIfExists(tmp);
                throw new IOException("cannot write " + out + ": " + FileProblem.reason(parentDir, e, parentDir.resolve(SCRATCH)), e);
            }
            lectern.err().println("wrote " + papers.size() + " papers to " + out);
        }
        return 0;
    }
}
