package org.lectern.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Choosing among search results, against a local arXiv-like server that lists loose matches first. */
class ArxivMatcherTest {
    static final String TITLE = "Frugal Mixture of Experts for Tiny Devices";
    static final String ABSTRACT = "Mixture-of-experts layers are too large for phones. We route tokens to a small shared pool "
            + "of experts and quantise the rest, keeping accuracy within one point on three benchmarks.";

    // loose matches, listed before the right one because their titles are longer
    @RegisterExtension
    final ArxivServer server = ArxivServer.perTest()
            .add(new ArxivServer.Paper("2403.11111", 1, "A Survey of Frugal Mixture of Experts for Tiny Devices and Edge Accelerators",
                    "We survey sparse models on microcontrollers and accelerators, and list open problems in their deployment.",
                    List.of("Dana Roe"), LocalDate.of(2024, 3, 2)))
            .add(new ArxivServer.Paper("2403.22222", 2, "Frugal Mixture of Experts for Tiny Devices: Benchmarks",
                    "A benchmark of thirty language tasks measured on tiny devices, with energy, memory and latency.",
                    List.of("Eli Park", "Fay Wu"), LocalDate.of(2024, 3, 3)))
            .add(new ArxivServer.Paper("2403.33333", 1, TITLE, ABSTRACT, List.of("Gus Nkemelu", "Hana Sato", "Ivo Petrov"),
                    LocalDate.of(2024, 3, 4)));
    private final ArxivMatcher matcher = new ArxivMatcher(new ArxivClient(ArxivSettings.from(Map.of(), "t").withApi(server.api())
            .withInterval(Duration.ofMillis(5))));

    @Test
    void choosesTheEntryWhoseTitleAndAbstractAgreeNotTheFirstListed() {
        ArxivMatcher.Result r = matcher.lookUp(new ArxivMatcher.Query(TITLE, ABSTRACT, null));
        assertEquals(ArxivMatcher.Outcome.MATCHED, r.outcome());
        assertEquals("2403.33333", r.match().arxivId());
        assertEquals(List.of("Gus Nkemelu", "Hana Sato", "Ivo Petrov"), r.match().authors());
    }

    @Test
    void aTitleThatRanIntoItsAbstractIsStillFound() {
        String run = TITLE + " Mixture-of-experts layers are too large for phones.";
        String rest = ABSTRACT.substring("Mixture-of-experts layers are too large for phones. ".length());
        ArxivMatcher.Result r = matcher.lookUp(new ArxivMatcher.Query(run, rest, null));
        assertEquals("2403.33333", r.match().arxivId());
        assertEquals(TITLE, r.match().title());
        assertEquals(ABSTRACT.substring(ABSTRACT.indexOf("We route")),
                Enrichment.resplit(run, rest, r.match().title()).substring("Mixture-of-experts layers are too large for phones. ".length()));
    }

    @Test
    void aTermThePhraseReadsAnotherWayFallsBackToTheTitlesFirstHalf() {
        String title = "Quiet Routers Made by 02.LAB";
        String abs = "Routers hum. We make them quiet with a fan controller that listens to its own noise.";
        server.add(new ArxivServer.Paper("2403.55555", 1, title, abs, List.of("Jo Quist"), LocalDate.of(2024, 3, 5)));
        ArxivMatcher.Result r = matcher.lookUp(new ArxivMatcher.Query(title, abs, null));
        assertEquals("2403.55555", r.match().arxivId());
        assertEquals("ti:\"Quiet Routers Made\"", server.requests().get(1).params().get("search_query"));
    }

    @Test
    void aPaperArxivDoesNotHaveGetsNothingEvenWhenATitleLooksAlike() {
        ArxivMatcher.Result r = matcher.lookUp(new ArxivMatcher.Query("Frugal Mixture of Experts for Tiny Devices",
                "We study the thermal behaviour of batteries in electric buses under winter conditions and propose a heater.", null));
        assertEquals(ArxivMatcher.Outcome.NONE, r.outcome());
        assertNull(r.match());
        assertEquals(ArxivMatcher.Outcome.NONE,
                matcher.lookUp(new ArxivMatcher.Query("Batteries of Electric Buses in Winter", "We study heaters.", null)).outcome());
    }

    @Test
    void twoEntriesThatBothAgreeAreAmbiguousAndNeitherIsAttached() {
        server.add(new ArxivServer.Paper("2403.44444", 1, TITLE, ABSTRACT, List.of("Someone Else"), LocalDate.of(2024, 3, 9)));
        ArxivMatcher.Result r = matcher.lookUp(new ArxivMatcher.Query(TITLE, ABSTRACT, null));
        assertEquals(ArxivMatcher.Outcome.AMBIGUOUS, r.outcome());
        assertNull(r.match());
        assertEquals(2, r.candidates().size());
    }

    @Test
    void aKnownIdIsLookedUpByIdList() {
        ArxivMatcher.Result r = matcher.lookUp(new ArxivMatcher.Query("whatever the listing said", "", "2403.22222"));
        assertEquals("2403.22222", r.match().arxivId());
        assertEquals("2403.22222", server.requests().get(0).params().get("id_list"));
        assertTrue(!server.requests().get(0).params().containsKey("search_query"));
    }

    @Test
    void aTitleWithoutAbstractMustAgreeWhole() {
        assertEquals("2403.33333", matcher.lookUp(new ArxivMatcher.Query(TITLE.toUpperCase(), "", null)).match().arxivId());
        assertEquals(ArxivMatcher.Outcome.NONE, matcher.lookUp(new ArxivMatcher.Query("Frugal Mixture of Experts", "", null)).outcome());
    }
}
