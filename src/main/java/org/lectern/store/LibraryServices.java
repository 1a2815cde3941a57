package org.lectern.store;

import java.nio.file.Path;

/**
 * The store's objects for one open library, made once and shared: the application opens them for
 * the window, the command line for the command it runs. Closing them closes the library.
 */
public record LibraryServices(Library library, Papers papers, Families families, Importer importer,
                              Organizer organizer, FamilyPlacements placements, FamilyArchive archive,
                              PaperFiles files, Placeholders placeholders, Duplicates duplicates)
        implements AutoCloseable {
    /** Opens (creating or migrating) the library at {@code file} and makes everything over it. */
    public static LibraryServices open(Path file) {
        return of(Library.open(file));
    }

    /** Everything over {@code library}, which closes with them. */
    public static LibraryServices of(Library library) {
        return new LibraryServices(library, new Papers(library), new Families(library), new Importer(library),
                new Organizer(library), new FamilyPlacements(library), new FamilyArchive(library),
                new PaperFiles(library), new Placeholders(library), new Duplicates(library));
    }

    @Override
    public void close() {
        library.close();
    }
}
