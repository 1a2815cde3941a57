package org.lectern.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.lectern.listing.Listings;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;

/** Puts the seed listing's 28 papers into a library before a window opens on it. */
final class SeedLibrary {
    private SeedLibrary() {
    }

    static void importInto(Library library) {
        try (InputStream in = SeedLibrary.class.getResourceAsStream("/listings/seed-ernie-and-friends.txt")) {
            var parsed = Listings.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var importer = LibraryServices.of(library).importer();
            importer.commit(importer.preview("seed", parsed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
