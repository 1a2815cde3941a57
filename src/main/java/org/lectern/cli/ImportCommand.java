package org.lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.lectern.edit.ImportChange;
import org.lectern.edit.PlacedImport;
import org.lectern.listing.Diagnostic;
import org.lectern.listing.ListingReader;
import org.lectern.listing.ParseResult;
import org.lectern.listing.PdfListing;
import org.lectern.store.PaperFiles;
import org.lectern.store.Backups;
import org.lectern.store.ImportOutcome;
import org.lectern.store.ImportPreview;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.store.Organizer;
import org.lectern.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern import}: reads listings into the library, one transaction per file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import listings (Hugging Face one-line or block form, copied arXiv, Hugging Face, Scholar or DBLP pages, "
                + "HTML, BibTeX, RIS, arXiv ids, Lectern JSON) and PDFs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one paper was read", "1:nothing at all could be read",
            "2:the library or an option is wrong, or a file's papers were not saved, or saved without their family placement (one line on standard error says why)"})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    LecternContext lectern;

    @Option(names = "--dry-run", description = "Show what would be imported; write nothing (not even a new, empty library).")
    boolean dryRun;

    @Option(names = "--keywords-as-tags", description = "Tag new papers with their BibTeX or RIS keywords.")
    boolean keywordsAsTags;
    @Option(names = "--json", description = "With --dry-run: print what would be imported as one JSON object (see the README).")
    boolean json;

    @Option(names = "--link-pdfs", description = "Keep imported PDFs where they are (linked from the library's "
            + "files/ folder) instead of copying them there.")
    boolean linkPdfs;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Listing files, PDFs or folders of PDFs; - reads standard input.")
    List<String> files;

    @Override
    public Integer call() {
        if (json && !dryRun) throw new IllegalArgumentException("--json goes with --dry-run: it reports what would be imported");
        PrintWriter out = lectern.out();
        PrintWriter err = lectern.err();
        int read = 0;
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int errors = 0;
        boolean unsaved = false;
        int ambiguous = 0;
        int[] by = new int[ImportPreview.By.values().length];
        List<ImportOutcome> saved = new java.util.ArrayList<>();
        DryRunReport report = json ? new DryRunReport() : null;
        UncertainSplits uncertain = new UncertainSplits();
        // a dry run leaves the disk as it was: not even an empty library is created for it
        LibraryServices services = dryRun ? lectern.previewServices() : lectern.services();
        Library library = services.library();
        Importer importer = services.importer();
        if (!dryRun) dailyBackup(library, err);
        for (String file : files) {
            String name = file.equals("-") ? "<stdin>" : file;
            if (!file.equals("-")) sayNotPdfs(file, err);
            if (!dryRun && !file.equals("-")) {
                // a file is read in batches as it is imported: its size does not set the memory needed
                StreamedListing listing;
                try {
                    listing = StreamedListing.open(lectern.inputFile(file), name, keywordsAsTags, err);
                } catch (IOException | RuntimeException e) {
                    err.println(name + ": cannot read: " + unreadable(e, file));
                    errors++;
                    continue;
                }
                try (listing) {
                    if (listing.hasPapers()) {
                        // noted as they stream by (only the papers below the threshold are kept), and
                        // forgotten when the import is rolled back: its papers were never written
                        PlacedImport change = PlacedImport.of(new ImportChange(importer, name, listing.format(),
                                listing::forImport, item -> {
                                    uncertain.add(name, List.of(item));
                                    if (item.match() == ImportPreview.Match.AMBIGUOUS) {
                                        err.println(at(name, item.paper().line()) + ": " + item.ambiguity());
                                    } else if (item.flagged()) {
                                        err.println(at(name, item.paper().line()) + ": " + item.flag());
                                    }
                                }, done -> { }, () -> false), services.organizer(), services.placements());
                        ImportOutcome outcome = apply(change, services.files(), listing.pdfPapers(), name, out, err);
                        if (outcome == null) {
                            errors++;
                            unsaved = true;
                            uncertain.forget(name);
                        } else {
                            unsaved |= change.placingFailure() != null;
                            saved.add(outcome);
                            uncertain.settle();
                        }
                    }
                    read += listing.papersRead();
                    errors += listing.errors();
                } catch (IOException e) {
                    err.println(name + ": cannot read: " + unreadable(e, file));
                }
                continue;
            }
            ParseResult parsed;
            try {
                parsed = file.equals("-") ? ListingReader.stream(lectern.stdin(), keywordsAsTags)
                        : ListingReader.file(lectern.inputFile(file), keywordsAsTags);
            } catch (IOException | RuntimeException e) {
                String why = unreadable(e, file);
                err.println(name + ": cannot read: " + why);
                if (report != null) report.unreadable(name, why);
                errors++;
                continue;
            }
            for (Diagnostic d : parsed.diagnostics()) err.println(at(name, d.line()) + ": " + d.message());
            errors += parsed.diagnostics().size();
            read += parsed.papers().size();
            ImportPreview preview = importer.preview(name, parsed);
            // an ambiguous paper is not imported: it is reported like a line that could not be read
            for (ImportPreview.Item a : preview.ambiguous()) err.println(at(name, a.paper().line()) + ": " + a.ambiguity());
            for (ImportPreview.Item f : preview.items()) if (f.flagged()) err.println(at(name, f.paper().line()) + ": " + f.flag());
            uncertain.add(name, preview.items());
            if (report != null) report.add(name, preview);
            if (dryRun) {
                added += (int) preview.count(ImportPreview.Match.NEW);
                updated += (int) preview.count(ImportPreview.Match.UPDATED);
                unchanged += (int) (preview.count(ImportPreview.Match.UNCHANGED) + preview.count(ImportPreview.Match.REPEATED));
                ambiguous += (int) preview.count(ImportPreview.Match.AMBIGUOUS);
                for (ImportPreview.By b : ImportPreview.By.values()) by[b.ordinal()] += (int) preview.count(b);
            } else if (!parsed.papers().isEmpty()) {
                // the same change the window makes: the import and the placing of its new papers
                PlacedImport change = PlacedImport.of(new ImportChange(importer, name, preview.format(),
                        preview.items().stream().map(ImportPreview.Item::paper).toList(), // repeats are counted, not written
                        preview.diagnostics().size(), fraction -> { }, () -> false),
                        services.organizer(), services.placements());
                ImportOutcome outcome = apply(change, services.files(), parsed, name, out, err);
                if (outcome == null) {
                    errors++;
                    unsaved = true;
                    uncertain.forget(name);
                    continue;
                }
                unsaved |= change.placingFailure() != null;
                saved.add(outcome);
            }
            uncertain.settle();
        }
        for (ImportOutcome outcome : saved) {
            added += outcome.added();
            updated += outcome.updated();
            unchanged += outcome.unchanged();
            ambiguous += outcome.ambiguous();
            by[ImportPreview.By.ID.ordinal()] += outcome.byId();
            by[ImportPreview.By.TITLE.ordinal()] += outcome.byTitle();
            by[ImportPreview.By.TEXT.ordinal()] += outcome.byText();
            by[ImportPreview.By.SPLIT.ordinal()] += outcome.bySplit();
        }
        if (report != null) {
            report.write(out, added, updated, unchanged, errors);
            return read > 0 ? 0 : 1;
        }
        String known = new ImportOutcome(0, 0, 0, 0, 0, by[ImportPreview.By.ID.ordinal()],
                by[ImportPreview.By.TITLE.ordinal()], by[ImportPreview.By.TEXT.ordinal()], 0, 0, 0,
                by[ImportPreview.By.SPLIT.ordinal()]).matchedBy();
        out.printf("%s%d new, %d updated, %d unchanged%s%s, %d %s%n",
                dryRun ? "dry run, nothing written: " : "", added, updated, unchanged,
                known.isEmpty() ? "" : " (known " + known + ")", ambiguous > 0 ? ", " + ambiguous + " ambiguous" : "",
                errors, errors == 1 ? "error" : "errors");
        if (!dryRun) awaitSearchIndex(library, out);
        uncertain.print(out);
        return unsaved ? 2 : read > 0 ? 0 : 1;
    }

    /**
     * Applies one file's import and says what placing its papers did; null (said on {@code err}) when
     * nothing of the file was saved.
     */
    private ImportOutcome apply(PlacedImport change, PaperFiles files, ParseResult parsed, String name,
                                PrintWriter out, PrintWriter err) {
        try {
            change.apply();
        } catch (StoreException e) {
            err.println(name + ": nothing from this file was saved: " + e.getMessage());
            return null;
        }
        ImportOutcome outcome = change.outcome();
        keepPdfs(files, parsed, name, err);
        if (change.placingFailure() != null) {
            err.printf("%s: saved: %d new, %d updated; not saved: their places in families (%s); the new papers are in"
                    + " the library, in no family yet%n", name, outcome.added(), outcome.updated(), change.placingFailure().getMessage());
        } else if (outcome.added() > 0) {
            Organizer.Placed placed = change.placed();
            if (placed.placed() + placed.suggested() > 0) {
                out.printf("%s: %d placed in families, %d suggested for review%n", name, placed.placed(), placed.suggested());
            }
        }
        return outcome;
    }

    /**
     * The papers are saved; a large import's search index fills now, before the command ends. Stopped
     * before it is full (a kill), the next open of the library finishes it.
     */
    private static void awaitSearchIndex(Library library, PrintWriter out) {
        if (!library.searchIndex().indexing()) return;
        out.println("indexing for search…");
        out.flush();
        try {
            if (!library.searchIndex().awaitFilled()) {
                out.println("the search index is not full yet; it is finished the next time the library is opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A backup that cannot be written (a full disk) is said, and the import, a transaction of its own, goes on. */
    private static void dailyBackup(Library library, PrintWriter err) {
        try {
            Backups.daily(library);
        } catch (StoreException e) {
            err.println("lectern: the daily backup was not written: " + e.getMessage());
        }
    }

    /** Keeps the PDFs the papers were read from beside the library; a file that cannot be kept is said. */
    private void keepPdfs(PaperFiles files, ParseResult parsed, String name, PrintWriter err) {
        if (!PdfListing.NAME.equals(parsed.format())) return;
        try {
            files.keep(parsed.papers(), linkPdfs ? PaperFiles.Mode.LINK : PaperFiles.Mode.COPY);
        } catch (IOException | RuntimeException e) {
            err.println(name + ": the papers are imported but their PDFs could not be kept: " + reason(e));
        }
    }

    /** Why {@code file} could not be read: a folder says it holds no PDF, which is all a folder is read for. */
    private String unreadable(Exception e, String file) {
        if (!file.equals("-") && e instanceof java.io.IOException && java.nio.file.Files.isDirectory(lectern.inputFile(file))) {
            return "a folder with no PDF in it (a folder is read for its PDFs; name a listing file itself)";
        }
        return reason(e);
    }

    /** How many names of skipped files a folder's line lists. */
    private static final int SKIPPED_NAMES = 5;

    /** A folder is read for its PDFs: the files it holds besides them are named, in one line, not as an error. */
    private void sayNotPdfs(String file, PrintWriter err) {
        Path folder;
        try {
            folder = lectern.inputFile(file);
        } catch (RuntimeException e) {
            return; // reading it says why
        }
        List<Path> skipped = PdfListing.notPdfs(folder);
        if (skipped.isEmpty()) return;
        List<String> names = skipped.stream().limit(SKIPPED_NAMES).map(p -> folder.relativize(p).toString()).toList();
        err.printf("%s: skipped %d %s (%s%s)%n", file, skipped.size(),
                skipped.size() == 1 ? "file that is not a PDF" : "files that are not PDFs",
                String.join(", ", names), skipped.size() > SKIPPED_NAMES ? ", …" : "");
    }

    /** Where in a listing: its name and line, or its name alone for what no line holds (a PDF, a folder). */
    static String at(String name, int line) {
        return line > 0 ? name + ":" + line : name;
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
