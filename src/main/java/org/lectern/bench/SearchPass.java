package org.lectern.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.lectern.library.PaperFilter;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/**
 * The search pass: what the window does for each query (its first rows and the count, in one call),
 * timed query by query; the figures by kind, and the slowest queries with what the index was asked and
 * SQLite's plan for it, so the cost can be traced to a query shape.
 */
final class SearchPass {
    static final int PAGE = 100;
    /** The slowest queries reported with their plans. */
    static final int WORST = 10;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Timed(String kind, String text, double ms, double cpuMs, int count) {
    }

    private SearchPass() {
    }

    static void run(Library library, SyntheticPapers words, List<ParsedPaper> truth, int perKind, long seed, Report report,
                    Consumer<String> step) {
        Papers papers = new Papers(library);
        List<SearchQueries.Query> warmup = SearchQueries.generate(words, truth, 12, seed + 1);
        List<SearchQueries.Query> queries = SearchQueries.generate(words, truth, perKind, seed + 2);
        step.accept("search: " + warmup.size() + " warm-up and " + queries.size() + " timed queries");
        for (SearchQueries.Query q : warmup) once(papers, q.text());
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        Map<String, List<Double>> cpuByKind = new LinkedHashMap<>();
        for (String k : SearchQueries.KINDS) {
            byKind.put(k, new ArrayList<>());
            cpuByKind.put(k, new ArrayList<>());
        }
        List<Double> all = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        List<Timed> timed = new ArrayList<>();
        Map<String, Long> matches = new LinkedHashMap<>();
        for (SearchQueries.Query q : queries) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            int shown = once(papers, q.text());
            double ms = (System.nanoTime() - t) / 1e6;
            // the thread's CPU time (SQLite runs on it): on a shared machine the wall time is mostly waiting for a core
            double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            int count = papers.count(PaperFilter.all().withSearch(q.text())); // exact, for the report, untimed
            all.add(ms);
            allCpu.add(cpuMs);
            byKind.get(q.kind()).add(ms);
            cpuByKind.get(q.kind()).add(cpuMs);
            timed.add(new Timed(q.kind(), q.text(), ms, cpuMs, shown));
            matches.merge(q.kind(), (long) count, Long::sum);
        }
        timed.sort(Comparator.comparingDouble(Timed::ms).reversed());
        report.put("search", "queries", queries.size());
        report.put("search", "p50_ms", Stats.percentile(all, 50));
        report.put("search", "p95_ms", Stats.percentile(all, 95));
        report.put("search", "p99_ms", Stats.percentile(all, 99));
        report.put("search", "max_ms", Stats.percentile(all, 100));
        report.put("search", "cpu_p50_ms", Stats.percentile(allCpu, 50));
        report.put("search", "cpu_p95_ms", Stats.percentile(allCpu, 95));
        report.put("search", "cpu_max_ms", Stats.percentile(allCpu, 100));
        report.put("search", "slowest_query", timed.isEmpty() ? null : timed.get(0).text());
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (var e : byKind.entrySet()) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("queries", e.getValue().size());
            k.put("p50_ms", Stats.percentile(e.getValue(), 50));
            k.put("p95_ms", Stats.percentile(e.getValue(), 95));
            k.put("max_ms", Stats.percentile(e.getValue(), 100));
            List<Double> cpu = cpuByKind.get(e.getKey());
            k.put("cpu_p50_ms", Stats.percentile(cpu, 50));
            k.put("cpu_p95_ms", Stats.percentile(cpu, 95));
            k.put("cpu_max_ms", Stats.percentile(cpu, 100));
            k.put("mean_matches", e.getValue().isEmpty() ? 0 : (double) matches.get(e.getKey()) / e.getValue().size());
            kinds.put(e.getKey(), k);
        }
        report.put("search", "by_kind", kinds);
        List<Map<String, Object>> worst = new ArrayList<>();
        for (Timed t : timed.subList(0, Math.min(WORST, timed.size()))) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("kind", t.kind());
            w.put("query", t.text());
            w.put("ms", t.ms());
            w.put("cpu_ms", t.cpuMs());
            w.put("shown_count", t.count());
            w.put("plan", papers.explainSearch(t.text()));
            worst.add(w);
        }
        report.put("search", "worst", worst);
    }

    // the window's first rows and count, read together as it reads them (a broad search counts to 1,000+)
    static int once(Papers papers, String query) {
        return papers.firstPage(PaperFilter.all().withSearch(query), Papers.Sort.RELEVANCE, false, PAGE).count();
    }
}
