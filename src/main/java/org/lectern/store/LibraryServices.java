package org.lectern.store;

/**
 * The store's objects for one open library, made once by the application and shared by the window and
 * the command line, so no part builds a second set of its own.
 */
public record LibraryServices(Library library, Papers papers, Families families, Importer importer,
                              Organizer organizer, FamilyPlacements placements, FamilyArchive archive) {
    /** Everything over {@code library}. */
    public static LibraryServices of(Library library) {
        return new LibraryServices(library, new Papers(library), new Families(library), new Importer(library),
                new Organizer(library), new FamilyPlacements(library), new FamilyArchive(library));
    }
}
