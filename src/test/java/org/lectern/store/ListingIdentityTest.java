package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;

/** Real listings through the real parser: a paper is one paper, however its title was guessed. */
class ListingIdentityTest extends LibraryInTempFolder {
    @Test
    void theDevListingInOneLineThenBlockFormIsOneSetOfPapers() throws IOException {
        ParseResult line = Listings.parse(fixture("dev-daily-papers-2024.txt"));
        ParseResult blocks = Listings.parse(fixture("dev-daily-papers-2024-blocks.txt"));
        ImportOutcome first = importer.commit(importer.preview("line", line));
        int count = papers.count(PaperFilter.all());
        assertEquals(line.papers().size(), first.added(), "a listing of distinct papers adds each");
        ImportOutcome second = importer.commit(importer.preview("blocks", blocks));
        assertEquals(0, second.added(), second.toString());
        assertEquals(0, second.ambiguous(), second.toString());
        assertEquals(count, papers.count(PaperFilter.all()));
        assertEquals(190, count, "the dev listing's 190 papers, once each");
        assertEquals(blocks.papers().size(), second.byId() + second.byTitle() + second.byText());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ListingIdentityTest.class.getResourceAsStream("/listings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
