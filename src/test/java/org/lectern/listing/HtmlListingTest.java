package org.lectern.listing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML flavour of drags and pastes from arXiv and Hugging Face pages, written as those pages mark it up. */
class HtmlListingTest {

    static String html(String name) {
        try (InputStream in = HtmlListingTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void arxivListingPage() {
        ParseResult r = HtmlListing.parse(html("arxiv-list-new.html"), "ignored when the HTML names papers");
        assertEquals(HtmlListing.NAME, r.format());
        assertEquals(List.of("2504.11427", "2505.22552"), r.papers().stream().map(ParsedPaper::arxivId).toList());
        ParsedPaper first = r.papers().get(0);
        assertEquals("NormalCrafter: Learning Temporally Consistent Normals from Video Diffusion Priors", first.title());
        assertEquals(List.of("Yanrui Bin", "Wenbo Hu", "Haoyuan Wang"), first.authorNames());
        assertTrue(first.abstractText().startsWith("Surface normal estimation serves"), first.abstractText());
        assertTrue(first.abstractText().endsWith("remains a challenge."), "the abstract's line breaks are spaces");
        assertEquals("https://arxiv.org/abs/2504.11427", first.url());
        assertEquals("ClaimPKG: Enhancing Claim Verification via Pseudo-Subgraph Generation with Lightweight Specialized LLM",
                r.papers().get(1).title());
    }

    @Test
    void arxivAbstractPage() {
        ParsedPaper p = only(HtmlListing.parse(html("arxiv-abs.html"), null));
        assertEquals("2507.03698", p.arxivId());
        assertEquals("SAMed-2: Selective Memory Enhanced Medical Segment Anything Model", p.title());
        assertEquals(List.of("Zhiling Yan", "Sifan Song", "Dingjie Song"), p.authorNames());
        assertTrue(p.abstractText().startsWith("Recent \"segment anything\" efforts"), p.abstractText());
    }

    @Test
    void arxivSearchResultsTakeTheFullAbstract() {
        ParsedPaper p = only(HtmlListing.parse(html("arxiv-search.html"), null));
        assertEquals("2509.10279", p.arxivId());
        assertEquals("Targeted Test Selection Approach in Continuous Integration", p.title());
        assertEquals(List.of("Pavel Kim", "Ana Lee"), p.authorNames());
        assertEquals("In production software development, test suites grow as new features are added, and running all "
                + "tests on every change becomes too slow.", p.abstractText());
    }

    @Test
    void huggingFaceDailyPapersWithCounts() {
        ParseResult r = HtmlListing.parse(html("hf-daily.html"), null);
        assertEquals(2, r.papers().size());
        ParsedPaper first = r.papers().get(0);
        assertEquals("2510.11827", first.arxivId());
        assertEquals("Combining Euclidean and Hyperbolic Representations for Node-level Anomaly Detection", first.title());
        assertEquals(37, first.upvotes());
        assertEquals(3, first.comments());
        assertEquals(1200, r.papers().get(1).upvotes());
        assertEquals("2511.12668", r.papers().get(1).arxivId());
    }

    @Test
    void huggingFacePaperPage() {
        ParsedPaper p = only(HtmlListing.parse(html("hf-paper.html"), null));
        assertEquals("2601.15129", p.arxivId());
        assertTrue(p.title().startsWith("RSNA Large Language Model Benchmark Dataset"), p.title());
        assertTrue(p.title().endsWith("(REVEAL-CXR)"));
        assertEquals("We developed a benchmark dataset of chest radiographs with labels validated by radiologists.",
                p.abstractText());
        assertEquals(12, p.upvotes());
        assertEquals(List.of("Yishu Wei", "Adam E. Flanders", "Errol Colak"), p.authorNames());
    }

    @Test
    void huggingFaceCollectionCards() {
        ParseResult r = HtmlListing.parse(html("hf-collection.html"), null);
        assertEquals(List.of("2603.28444", "2605.19196"), r.papers().stream().map(ParsedPaper::arxivId).toList());
        assertEquals("Time to REFLECT: Can We Trust LLM Judges for Evidence-based Research Agents?", r.papers().get(1).title());
        assertEquals(24, r.papers().get(0).upvotes());
        assertEquals(5, r.papers().get(1).upvotes());
    }

    @Test
    void htmlNamingNoPaperFallsBackToTheText() {
        String text = "5 Tiny Paper Titles Work We show that titles can be split. 3 authors · Jan 5, 2024";
        ParseResult r = HtmlListing.parse("<html><body><p>" + text + "</p></body></html>", text);
        assertEquals("huggingface-line", r.format());
        assertEquals("Tiny Paper Titles Work", r.papers().get(0).title());
    }

    @Test
    void aSavedPageGivenAsTextIsReadAsHtml() {
        ParseResult r = Listings.parse(html("arxiv-abs.html"));
        assertEquals(HtmlListing.NAME, r.format());
        assertEquals("2507.03698", only(r).arxivId());
    }

    private static ParsedPaper only(ParseResult r) {
        assertEquals(1, r.papers().size(), r.toString());
        return r.papers().get(0);
    }
}
