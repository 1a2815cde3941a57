package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Duplicates.Reason;

class DuplicatesTest extends LibraryInTempFolder {
    @Test
    void eachLikelyPairIsListedOnceWithItsStrongestReason() {
        TestPapers.importInto(library,
                p(1, "Binary Opacity", IdentityTest.CODEC, null),
                p(2, "Binary Opacity", IdentityTest.ROBOTS, null),
                p(3, "Sparse Mixture of Experts at Scale", "Routing tokens.", null),
                p(4, "Sparse Mixtures of Experts at Scale", "Routing tokens to experts.", null),
                p(5, "Wombat Vision", "Seeing in the dark.", "2403.00001"),
                p(6, "Echidna Vision", "Spines.", null),
                p(7, "Short", "One.", null),
                p(8, "Shorts", "Two.", null));
        long wombat = papers.find("Wombat Vision").orElseThrow().id();
        long echidna = papers.find("Echidna Vision").orElseThrow().id();
        // an edit can make two papers one text; an old library can hold an id with its version
        new PaperEdits(library).edit(echidna, Map.of(PaperEdits.Field.TITLE, "Wombat", PaperEdits.Field.ABSTRACT, "Vision. Seeing in the dark."));
        library.write(c -> c.createStatement().executeUpdate("UPDATE paper SET arxiv_id = '2403.00001v2' WHERE id = " + echidna));

        List<Duplicates.Pair> pairs = new Duplicates(library).find();
        assertEquals(List.of(Reason.SAME_ID, Reason.SAME_TITLE, Reason.NEAR_TITLE),
                pairs.stream().map(Duplicates.Pair::reason).toList(), pairs.toString());
        assertEquals(List.of(wombat, echidna), List.of(pairs.get(0).first(), pairs.get(0).second()));
        assertEquals("Sparse Mixture of Experts at Scale", pairs.get(2).firstTitle());
    }

    @Test
    void theSameTextIsAReasonOfItsOwn() {
        TestPapers.importInto(library, p(1, "Kiwi Flight", "Birds that cannot fly.", null),
                p(2, "Kakapo Night", "Parrots awake at night.", null));
        long kakapo = papers.find("Kakapo Night").orElseThrow().id();
        new PaperEdits(library).edit(kakapo, Map.of(PaperEdits.Field.TITLE, "Kiwi", PaperEdits.Field.ABSTRACT, "Flight birds that cannot fly"));
        List<Duplicates.Pair> pairs = new Duplicates(library).find();
        assertEquals(1, pairs.size(), pairs.toString());
        assertEquals(Reason.SAME_TEXT, pairs.get(0).reason());
    }

    @Test
    void alikeAllowsOneEditInTenCharacters() {
        assertEquals(true, Duplicates.alike("sparse mixture of experts at scale", "sparse mixtures of experts at scale"));
        assertEquals(false, Duplicates.alike("sparse mixture of experts at scale", "dense mixture of experts at small"));
    }

    private static ParsedPaper p(int line, String title, String abs, String arxiv) {
        return new ParsedPaper(line, 1, title, abs, 1, null, null, arxiv, null, 1.0, null);
    }
}
