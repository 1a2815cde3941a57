package org.lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.lectern.listing.Diagnostic;
import org.lectern.listing.ListingFiles;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.store.Backups;
import org.lectern.store.ImportOutcome;
import org.lectern.store.ImportPreview;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.Organizer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lectern import}: reads listings into the library, one transaction per file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import listings (Hugging Face one-line or block form, BibTeX, RIS, arXiv ids, Lectern JSON).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one paper was read", "1:nothing at all could be read",
            "2:the library or an option is wrong (one line on standard error says why)"})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    LecternCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Show what would be imported; write nothing.")
    boolean dryRun;

    @Option(names = "--keywords-as-tags", description = "Tag new papers with their BibTeX or RIS keywords.")
    boolean keywordsAsTags;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Listing files; - reads standard input.")
    List<String> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int read = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        int ambiguous = 0;
        int[] by = new int[ImportPreview.By.values().length];
        try (Library library = parent.openLibrary()) {
            Importer importer = new Importer(library);
            if (!dryRun) Backups.daily(library);
            for (String file : files) {
                String name = file.equals("-") ? "<stdin>" : file;
                String text;
                try {
                    text = file.equals("-") ? ListingFiles.read(parent.stdin()) : ListingFiles.read(parent.inputFile(file));
                } catch (IOException | RuntimeException e) {
                    err.println(name + ": cannot read: " + reason(e));
                    errors++;
                    continue;
                }
                ParseResult parsed = Listings.parse(text, keywordsAsTags);
                for (Diagnostic d : parsed.diagnostics()) err.println(name + ":" + d.line() + ": " + d.message());
                errors += parsed.diagnostics().size();
                read += parsed.papers().size();
                ImportPreview preview = importer.preview(name, parsed);
                // an ambiguous paper is not imported: it is reported like a line that could not be read
                for (ImportPreview.Item a : preview.ambiguous()) err.println(name + ":" + a.paper().line() + ": " + a.ambiguity());
                if (dryRun) {
                    added += (int) preview.count(ImportPreview.Match.NEW);
                    updated += (int) preview.count(ImportPreview.Match.UPDATED);
                    unchanged += (int) (preview.count(ImportPreview.Match.UNCHANGED) + preview.count(ImportPreview.Match.REPEATED));
                    ambiguous += (int) preview.count(ImportPreview.Match.AMBIGUOUS);
                    for (ImportPreview.By b : ImportPreview.By.values()) by[b.ordinal()] += (int) preview.count(b);
                } else if (!parsed.papers().isEmpty()) {
                    ImportOutcome outcome = importer.commit(preview);
                    if (outcome.added() > 0) {
                        Organizer.Placed placed = new Organizer(library).placeNew(outcome.importId());
                        if (placed.placed() + placed.suggested() > 0) {
                            out.printf("%s: %d placed in families, %d suggested for review%n", name, placed.placed(), placed.suggested());
                        }
                    }
                    added += outcome.added();
                    updated += outcome.updated();
                    unchanged += outcome.unchanged();
                    ambiguous += outcome.ambiguous();
                    by[ImportPreview.By.ID.ordinal()] += outcome.byId();
                    by[ImportPreview.By.TITLE.ordinal()] += outcome.byTitle();
                    by[ImportPreview.By.TEXT.ordinal()] += outcome.byText();
                }
            }
        }
        String known = new ImportOutcome(0, 0, 0, 0, 0, by[ImportPreview.By.ID.ordinal()],
                by[ImportPreview.By.TITLE.ordinal()], by[ImportPreview.By.TEXT.ordinal()], 0, 0, 0).matchedBy();
        out.printf("%s%d new, %d updated, %d unchanged%s%s, %d %s%n",
                dryRun ? "dry run, nothing written: " : "", added, updated, unchanged,
                known.isEmpty() ? "" : " (known " + known + ")", ambiguous > 0 ? ", " + ambiguous + " ambiguous" : "",
                errors, errors == 1 ? "error" : "errors");
        return read > 0 ? 0 : 1;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.io.IOException && java.nio.file.Files.isDirectory(Path.of(String.valueOf(e.getMessage())))) {
            return "it is a folder, not a file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
