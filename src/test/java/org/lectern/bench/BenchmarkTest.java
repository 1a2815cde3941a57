package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lectern.listing.ParsedPaper;

/** The benchmark at a small N: a smoke test that every figure is produced. Timings are not judged here. */
class BenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void producesEveryFigure() throws Exception {
        Benchmark.Options options = new Benchmark.Options(500, 7L, 5, 1, null, dir.resolve("work"), false, false, true, 2, false, null, null);
        StringWriter progress = new StringWriter();
        Report report = Benchmark.run(options, new PrintWriter(progress, true));

        for (String key : List.of("read_parse_seconds", "preview_seconds", "commit_seconds", "total_seconds", "papers_per_second")) {
            assertTrue(report.sections().get("import").containsKey(key), key);
        }
        assertEquals(500, report.get("import", "added"));
        assertEquals(2, ((List<?>) report.get("import", "runs_seconds")).size());
        assertTrue((long) report.get("library", "bytes") > 0);
        // the floor runs everywhere: by the sqlite3 shell, else by sqlite-jdbc, and says which
        assertEquals(500L, report.get("floor", "papers"));
        assertNotNull(report.get("floor", "import_ratio"));
        assertTrue(report.get("floor", "engine").toString().startsWith(SqliteFloor.shellAvailable() ? "sqlite3 shell" : "sqlite-jdbc"),
                report.get("floor", "engine").toString());
        assertEquals(40, report.get("search", "queries"));
        for (String key : List.of("p50_ms", "p95_ms", "p99_ms")) assertNotNull(report.get("search", key), key);
        Map<?, ?> lists = (Map<?, ?>) report.get("sidebar", "lists");
        assertTrue(lists.containsKey("status new") && lists.containsKey("queue"), lists.keySet().toString());
        assertTrue(lists.keySet().stream().anyMatch(k -> k.toString().startsWith("family")), lists.keySet().toString());
        assertTrue(lists.keySet().stream().anyMatch(k -> k.toString().startsWith("tag")), lists.keySet().toString());
        assertNotNull(report.get("families", "total_seconds"));
        assertNotNull(report.get("window", "skipped"));
        assertTrue((long) report.get("memory", "bench_peak_heap_bytes") > 0);

        StringWriter table = new StringWriter();
        report.print(new PrintWriter(table, true));
        for (String line : List.of("import / floor", "search p95", "first window", "first window / minimal window",
                "first rows / minimal window", "window resident peak", "lectern import resident peak", "cores")) {
            assertTrue(table.toString().contains(line), line + " in\n" + table);
        }
        Path json = dir.resolve("bench.json");
        report.writeJson(json);
        assertTrue(new ObjectMapper().readTree(json.toFile()).get("targets").size() >= 8);
    }

    @Test
    void timesTheSearchPassAloneOnALibraryItMadeAndShowsTheSlowestQueriesWithTheirPlans() throws Exception {
        Path work = dir.resolve("work");
        Benchmark.run(new Benchmark.Options(300, 7L, 2, 1, null, work, true, false, false, 1, false, null, null),
                new PrintWriter(new StringWriter(), true));
        Path library = work.resolve("library.db");
        long before = java.nio.file.Files.size(library);
        Report report = Benchmark.run(new Benchmark.Options(300, 7L, 5, 1, null, null, false, false, false, 1, false, null, null,
                library), new PrintWriter(new StringWriter(), true));

        assertEquals(40, report.get("search", "queries"));
        assertNull(report.get("import", "total_seconds"), "nothing is imported");
        Map<?, ?> kinds = (Map<?, ?>) report.get("search", "by_kind");
        assertEquals(SearchQueries.KINDS, List.copyOf(kinds.keySet().stream().map(Object::toString).toList()));
        for (Object k : kinds.values()) assertNotNull(((Map<?, ?>) k).get("cpu_p95_ms"));
        List<?> worst = (List<?>) report.get("search", "worst");
        assertEquals(SearchPass.WORST, worst.size());
        double previous = Double.MAX_VALUE;
        for (Object o : worst) {
            Map<?, ?> w = (Map<?, ?>) o;
            assertTrue((double) w.get("ms") <= previous, "slowest first");
            previous = (double) w.get("ms");
            List<?> plan = (List<?>) w.get("plan");
            assertTrue(plan.get(0).toString().startsWith("MATCH "), plan.toString());
            assertTrue(plan.stream().anyMatch(l -> l.toString().startsWith("plan: ")), plan.toString());
        }
        StringWriter table = new StringWriter();
        report.print(new PrintWriter(table, true));
        assertTrue(table.toString().contains("slow: "), table.toString());
        assertTrue(table.toString().contains("its thread's CPU time"), table.toString());
        assertEquals(before, java.nio.file.Files.size(library), "the library is only read");
    }

    @Test
    void theSyntheticListingIsDeterministicAndLooksLikeHuggingFace() {
        List<ParsedPaper> a = new SyntheticPapers(3).papers(200, 3);
        List<ParsedPaper> b = new SyntheticPapers(3).papers(200, 3);
        assertEquals(SyntheticPapers.listing(a), SyntheticPapers.listing(b));
        String listing = SyntheticPapers.listing(a);
        assertEquals(200, listing.lines().count());
        assertTrue(listing.lines().allMatch(l -> l.matches("(-|\\d+) .+ \\d+ authors? \u00b7 [A-Z][a-z]{2} \\d{1,2}, \\d{4}( \\d+)?")));
        double abstracts = a.stream().mapToInt(p -> p.abstractText().length()).average().orElse(0);
        assertTrue(abstracts > 950 && abstracts < 1300, "mean abstract " + abstracts);
    }
}
