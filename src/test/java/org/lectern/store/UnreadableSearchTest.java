package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.paper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;

/**
 * What a search that cannot be taken as typed does, on a real file: a search of operators or
 * punctuation alone, or one that starts with NOT, is refused with the reason (it once listed every
 * paper, or the papers it meant to leave out); a quote not closed yet is the phrase being typed.
 */
class UnreadableSearchTest extends LibraryInTempFolder {
    @BeforeEach
    void threePapers() {
        TestPapers.importInto(library,
                paper(1, "Neural Speech Synthesis", "We synthesize speech from text with a vocoder.", 1, null),
                paper(2, "Music Generation", "We generate music and speech together.", 1, null),
                paper(3, "Graph Networks", "Message passing over molecules.", 1, null));
    }

    private int count(String search) {
        return papers.count(PaperFilter.all().withSearch(search));
    }

    @Test
    void aSearchOfOperatorsOrPunctuationAloneIsRefusedWithTheReason() {
        for (String typed : new String[] {"NOT", "AND", "OR NOT", "(", "*", "\"\"", "- +"}) {
            SearchQuery.Unreadable e = assertThrows(SearchQuery.Unreadable.class, () -> count(typed), typed);
            assertTrue(e.getMessage().contains("“" + typed.strip() + "”") || e.getMessage().contains("NOT"), e.getMessage());
            assertThrows(SearchQuery.Unreadable.class,
                    () -> papers.page(PaperFilter.all().withSearch(typed), Papers.Sort.RELEVANCE, false, 0, 10), typed);
        }
    }

    @Test
    void aSearchThatStartsWithNotIsRefusedInsteadOfFindingWhatItLeavesOut() {
        SearchQuery.Unreadable e = assertThrows(SearchQuery.Unreadable.class, () -> count("NOT speech"));
        assertTrue(e.getMessage().startsWith("“NOT” needs a word before it"), e.getMessage());
        assertEquals(1, count("speech NOT music"), "NOT between two words leaves out the second");
        assertEquals(2, count("speech NOT"), "a NOT still being typed waits for its word");
    }

    @Test
    void aQuoteNotClosedYetIsThePhraseBeingTypedWithItsLastWordAPrefix() {
        assertEquals(1, count("\"speech synth"));
        assertEquals(1, count("\"neural speech"));
        assertEquals(0, count("\"synthesis speech"), "still a phrase: its words in their order");
        assertEquals(2, count("\"speech"));
        assertEquals(count("\"speech synthesis\""), count("\"speech synthesis"));
    }

    @Test
    void aBlankSearchIsNoSearch() {
        assertEquals(3, count("   "));
    }
}
