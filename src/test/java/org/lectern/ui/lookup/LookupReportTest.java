package org.lectern.ui.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The words a lookup ends with: every kind of paper that was not matched is named, a long list is cut short. */
class LookupReportTest {
    @Test
    void namesTheAmbiguousAndTheNotFoundAndCutsALongListShort() {
        LookupReport r = new LookupReport();
        r.matched();
        r.ambiguous("Twin Papers", List.of("2401.00001", "2401.00002"));
        for (int i = 1; i <= LookupReport.NAMED + 2; i++) r.none("Lost " + i);
        r.lookingUp(2 + LookupReport.NAMED + 2);
        assertEquals("Looked up 8 papers on arXiv: 1 matched, 1 ambiguous, 6 not found", r.headline());
        assertEquals(r.headline() + ". Ambiguous: “Twin Papers” (2401.00001 or 2401.00002)."
                + " Not found: “Lost 1”; “Lost 2”; “Lost 3”; “Lost 4”; and 2 more.", r.text());
    }

    @Test
    void aFailureSaysWhyAndHowFarItGot() {
        LookupReport r = new LookupReport();
        r.matched();
        r.notStored("Kept Apart", "paper 3 already has the arXiv id 2401.00003");
        r.failed("cannot find the host export.arxiv.org: are you offline?");
        r.lookingUp(5);
        assertEquals("The arXiv lookup stopped after 2 of 5 papers: cannot find the host export.arxiv.org: are you offline?"
                + " What was found is kept (1 matched, 1 not stored)", r.headline());
        assertEquals(r.headline() + ". Not stored: “Kept Apart”: paper 3 already has the arXiv id 2401.00003.", r.text());
    }
}
