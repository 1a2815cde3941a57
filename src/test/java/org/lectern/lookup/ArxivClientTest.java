package org.lectern.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real local HTTP server that answers like arXiv's query API. */
class ArxivClientTest {
    @RegisterExtension
    final ArxivServer server = ArxivServer.perTest().add(new ArxivServer.Paper("2402.00007", 3,
            "Sparse Lattice Decoders for Streaming Speech Recognition with Very Long Inputs",
            "We decode speech with sparse lattices. The decoder keeps a bounded beam and streams its output while audio arrives.",
            List.of("Ana Lima", "Bo Chen", "Chidi Okafor"), LocalDate.of(2024, 2, 1)));

    private ArxivClient client(long intervalMs) {
        return new ArxivClient(ArxivSettings.from(Map.of(), "1.2.3").withApi(server.api())
                .withInterval(Duration.ofMillis(intervalMs)));
    }

    @Test
    void readsAWrappedFeedWithItsCountsAuthorsLinksAndFirstVersionDate() {
        ArxivFeed feed = client(0).byIds(List.of("2402.00007"));
        assertEquals(1, feed.totalResults());
        assertEquals(1, feed.itemsPerPage());
        ArxivEntry e = feed.entries().get(0);
        assertEquals("2402.00007", e.arxivId(), "the version is stripped");
        assertEquals("Sparse Lattice Decoders for Streaming Speech Recognition with Very Long Inputs", e.title());
        assertTrue(e.summary().startsWith("We decode speech with sparse lattices. The decoder"), e.summary());
        assertEquals(List.of("Ana Lima", "Bo Chen", "Chidi Okafor"), e.authors());
        assertEquals(LocalDate.of(2024, 2, 1), e.published());
        assertEquals("http://arxiv.org/abs/2402.00007v3", e.absLink());
        assertEquals("http://arxiv.org/pdf/2402.00007v3", e.pdfLink());
        assertEquals("cs.CL", e.primaryCategory());
    }

    @Test
    void keepsTheIntervalBetweenRequestsAndNamesLecternInTheUserAgent() {
        ArxivClient c = client(150);
        for (int i = 0; i < 3; i++) c.byIds(List.of("2402.00007"));
        List<ArxivServer.Request> r = server.requests();
        assertEquals(3, r.size());
        for (int i = 1; i < r.size(); i++) {
            long gap = (r.get(i).nanos() - r.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gap >= 150, "requests " + gap + " ms apart");
        }
        for (ArxivServer.Request q : r) assertEquals("Lectern/1.2.3 (desktop paper organizer; arXiv metadata lookup)", q.userAgent());
    }

    @Test
    void waitsAsA503AsksAndThenGetsTheAnswer() {
        server.busy(1, "1");
        ArxivFeed feed = client(0).byIds(List.of("2402.00007"));
        assertEquals(1, feed.entries().size());
        List<ArxivServer.Request> r = server.requests();
        assertEquals(2, r.size());
        assertTrue((r.get(1).nanos() - r.get(0).nanos()) / 1_000_000 >= 1000, "Retry-After: 1 is honoured");
    }

    @Test
    void givesUpOnARetryAfterLongerThanTheBoundWithAClearMessage() {
        server.busy(5, "86400");
        LookupException e = assertThrows(LookupException.class, () -> client(0).byIds(List.of("2402.00007")));
        assertTrue(e.getMessage().contains("busy") && e.getMessage().contains("86400"), e.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void aTitleWithQuotesAndAmpersandsArrivesAsOnePhraseNeverSplicedRaw() {
        client(0).search(TitleQuery.phrase("\"Sparse\" Lattice & Decoders: a=b?", Integer.MAX_VALUE), 10);
        Map<String, String> p = server.requests().get(0).params();
        assertEquals("ti:\"Sparse Lattice Decoders a b\"", p.get("search_query"));
        assertEquals("10", p.get("max_results"));
    }

    @Test
    void anUnknownIdIsAnEmptyFeed() {
        ArxivFeed feed = client(0).byIds(List.of("2402.99999"));
        assertEquals(0, feed.totalResults());
        assertTrue(feed.entries().isEmpty());
    }

    @Test
    void anUnreachableHostSaysSo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ArxivClient c = new ArxivClient(ArxivSettings.from(Map.of(), "1").withApi(URI.create("http://127.0.0.1:" + port + "/api/query")));
        LookupException e = assertThrows(LookupException.class, () -> c.byIds(List.of("2402.00007")));
        assertTrue(e.getMessage().startsWith("cannot reach 127.0.0.1") && e.getMessage().contains("offline"), e.getMessage());
    }

    @Test
    void anErrorFeedBecomesItsMessage() {
        server.answerWith("""
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_x</id><title>Error</title>
                    <summary>incorrect id format for x</summary></entry>
                </feed>""");
        LookupException e = assertThrows(LookupException.class, () -> client(0).byIds(List.of("x")));
        assertTrue(e.getMessage().endsWith("refused the query: incorrect id format for x"), e.getMessage());
    }

    @Test
    void aFeedWithADoctypeIsRefusedAndItsEntityNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "do not read");
        server.answerWith("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/1</id><title>&x;</title></entry></feed>");
        LookupException e = assertThrows(LookupException.class, () -> client(0).byIds(List.of("1")));
        assertTrue(e.getMessage().contains("did not answer with an Atom feed"), e.getMessage());
        assertTrue(!e.getMessage().contains("do not read"));
    }

    @Test
    void settingsComeFromTheEnvironmentAndBadValuesNameTheVariable() {
        ArxivSettings d = ArxivSettings.from(Map.of(), "0.1.0");
        assertEquals(URI.create(ArxivSettings.DEFAULT_API), d.api());
        assertEquals(Duration.ofMillis(3000), d.interval());
        ArxivSettings s = ArxivSettings.from(Map.of("LECTERN_ARXIV_API", "http://mirror.example/api/query",
                "LECTERN_ARXIV_INTERVAL_MS", "25"), "0.1.0");
        assertEquals("mirror.example", s.api().getHost());
        assertEquals(Duration.ofMillis(25), s.interval());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ArxivSettings.from(Map.of("LECTERN_ARXIV_INTERVAL_MS", "soon"), "0.1.0"));
        assertTrue(bad.getMessage().startsWith("LECTERN_ARXIV_INTERVAL_MS"), bad.getMessage());
        assertNull(AtomFeedParser.parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>".getBytes(), "x").entries()
                .stream().findFirst().orElse(null));
    }
}
