package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;

/** Real listings through the real parser: a paper is one paper, however its title was guessed. */
class ListingIdentityTest {
    @TempDir
    Path dir;

    @Test
    void theDevListingInOneLineThenBlockFormIsOneSetOfPapers() throws IOException {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(library);
            ParseResult line = Listings.parse(fixture("dev-daily-papers-2024.txt"));
            ParseResult blocks = Listings.parse(fixture("dev-daily-papers-2024-blocks.txt"));
            ImportOutcome first = importer.commit(importer.preview("line", line));
            int papers = new Papers(library).count(PaperFilter.all());
            assertEquals(line.papers().size(), first.added(), "a listing of distinct papers adds each");
            ImportOutcome second = importer.commit(importer.preview("blocks", blocks));
            assertEquals(0, second.added(), second.toString());
            assertEquals(0, second.ambiguous(), second.toString());
            assertEquals(papers, new Papers(library).count(PaperFilter.all()));
            assertEquals(blocks.papers().size(), second.byId() + second.byTitle() + second.byText());
        }
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ListingIdentityTest.class.getResourceAsStream("/listings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
