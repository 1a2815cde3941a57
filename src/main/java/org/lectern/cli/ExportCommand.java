package org.lectern.cli;

import java.io.BufferedWriter;
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
import org.lectern.store.LibraryFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lectern export}: writes papers as JSON, BibTeX or Markdown. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export papers.")
final class ExportCommand implements Callable<Integer> {
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
            // Written beside the target first, so a failed export never leaves half a file.
            Path parentDir = out.toAbsolutePath().getParent();
            Files.createDirectories(parentDir);
            Path tmp = Files.createTempFile(parentDir, ".lectern-export", ".tmp");
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                f.write(papers, w);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            lectern.err().println("wrote " + papers.size() + " papers to " + out);
        }
        return 0;
    }
}
