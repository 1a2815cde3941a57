package org.lectern.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The benchmark's figures by section, the targets they are held to, as one table and as JSON. */
public final class Report {
    /** A figure held to a target: met is null when there is nothing to judge. */
    public record Target(String figure, String value, String target, Boolean met) {
    }

    private final Map<String, Map<String, Object>> sections = new LinkedHashMap<>();

    Report(int papers) {
        put("machine", "papers", papers);
        put("machine", "processors", Runtime.getRuntime().availableProcessors());
        put("machine", "cpu", cpuModel());
        put("machine", "os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        put("machine", "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        put("machine", "load_average_at_start", loadAverage());
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine shows in every timing. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    void put(String section, String key, Object value) {
        sections.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(key, value);
    }

    void skip(String section, String why) {
        put(section, "skipped", why);
    }

    /** A figure, or null when it was not measured. */
    public Object get(String section, String key) {
        Map<String, Object> s = sections.get(section);
        return s == null ? null : s.get(key);
    }

    /** Every section with its figures, in the order they were measured. */
    public Map<String, Map<String, Object>> sections() {
        return sections;
    }

    /** The product's speed yardsticks (issue 16's targets at 100,000 papers) at this run's figures. */
    public List<Target> targets() {
        List<Target> out = new ArrayList<>();
        Double ratio = number("floor", "import_ratio");
        out.add(new Target("import time / sqlite3 floor", ratio == null ? why("floor") : String.format(Locale.ROOT, "%.2fx", ratio),
                "<= 1.5x (goal 0.8x)", ratio == null ? null : ratio <= 1.5));
        Double importRss = number("memory", "launcher_import_peak_rss_bytes");
        out.add(new Target("lectern import resident peak", importRss == null ? "n/a" : mb(importRss), "<= 300 MB (goal 250)",
                importRss == null ? null : importRss <= 300.0 * MB));
        Double p95 = number("search", "p95_ms");
        Double max = number("search", "max_ms");
        out.add(new Target("search p95", ms(p95), "<= 10 ms", p95 == null ? null : p95 <= 10));
        out.add(new Target("search worst", ms(max), "<= 50 ms", max == null ? null : max <= 50));
        Double side = number("sidebar", "worst_median_ms");
        out.add(new Target("slowest sidebar list (median)", ms(side), "<= 50 ms", side == null ? null : side <= 50));
        Double fam = number("families", "total_seconds");
        out.add(new Target("organizing families", fam == null ? why("families") : String.format(Locale.ROOT, "%.1f s", fam),
                "<= 15 s", fam == null ? null : fam <= 15));
        Double split = number("splitter", "papers_per_second");
        out.add(new Target("splitter", split == null ? "n/a" : String.format(Locale.ROOT, "%,.0f papers/s", split),
                ">= 50,000 papers/s", split == null ? null : split >= 50_000));
        Double win = number("window", "ratio_to_minimal");
        out.add(new Target("first window / minimal window", win == null ? why("minimal_window") : String.format(Locale.ROOT, "%.2fx", win),
                "<= 1.3x", win == null ? null : win <= 1.3));
        Double rows = number("window", "rows_ratio_to_minimal");
        out.add(new Target("first rows / minimal window", rows == null ? why("minimal_window") : String.format(Locale.ROOT, "%.2fx", rows),
                "<= 1.6x", rows == null ? null : rows <= 1.6));
        Double rss = number("window", "peak_rss_bytes");
        out.add(new Target("window resident peak", rss == null ? why("window") : mb(rss), "<= 250 MB",
                rss == null ? null : rss <= 250.0 * MB));
        return out;
    }

    private static final double MB = 1024 * 1024;

    /** The table: every figure measured, then the targets. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%nLectern benchmark: %,d papers, %s, %d cores, load average %s at start and %s at end%n",
                ((Number) get("machine", "papers")).intValue(), get("machine", "cpu"), (int) get("machine", "processors"),
                get("machine", "load_average_at_start"), get("machine", "load_average_at_end"));
        if (get("import", "total_seconds") == null && get("search", "queries") != null) {
            // --search-on: the search pass alone
            line(out, "figure", "value");
            out.println("-".repeat(100));
            searchLines(out);
            out.flush();
            return;
        }
        if (get("import", "total_seconds") == null) {
            // --window-on: the first window alone
            windowLines(out);
            out.flush();
            return;
        }
        line(out, "figure", "value");
        out.println("-".repeat(100));
        Double bytes = number("listing", "bytes");
        line(out, "listing", bytes == null ? "n/a" : String.format(Locale.ROOT, "%s, abstracts %.0f B, titles %.0f B on average",
                mb(bytes), number("listing", "abstract_bytes_mean"), number("listing", "title_bytes_mean")));
        line(out, "import (streamed read, split, write)", String.format(Locale.ROOT, "%.2f s; %,.0f papers/s (a parse-only pass %s s; the window's preview, a pass before it, %.2f s)",
                number("import", "total_seconds"), number("import", "papers_per_second"),
                seconds(number("import", "read_parse_seconds")), number("import", "preview_seconds")));
        if (number("import", "index_fill_seconds") != null) {
            line(out, "search index, filled after the commit", seconds(number("import", "index_fill_seconds")) + " s");
        }
        line(out, "parser", get("import", "parser") + (get("import", "titles_split_exactly") == null ? ""
                : String.format(Locale.ROOT, ", titles split exactly: %.1f%%", 100 * number("import", "titles_split_exactly"))));
        line(out, "splitter", String.format(Locale.ROOT, "%,.0f papers/s", number("splitter", "papers_per_second")));
        if (get("floor", "skipped") != null) {
            line(out, "sqlite3 floor", "skipped: " + get("floor", "skipped"));
        } else if (get("floor", "seconds") != null) {
            line(out, "sqlite3 floor (" + get("floor", "engine") + ")",
                    String.format(Locale.ROOT, "%.2f s; %,.0f papers/s; %s on disk; paper table + external-content FTS5",
                            number("floor", "seconds"), number("floor", "papers_per_second"), mb(number("floor", "bytes"))));
            line(out, "import / floor", String.format(Locale.ROOT, "%.2fx (commit alone %.2fx); runs: import %s, floor %s",
                    number("floor", "import_ratio"), number("floor", "commit_ratio"), secondsList(get("import", "runs_seconds")),
                    secondsList(get("floor", "runs_seconds"))));
        }
        line(out, "library on disk", mb(number("library", "bytes")) + " after import, "
                + mb(number("library", "bytes_after_organizing")) + " with families, tags and statuses");
        searchLines(out);
        if (get("sidebar", "lists") instanceof Map<?, ?> lists) {
            for (var e : lists.entrySet()) {
                Map<?, ?> l = (Map<?, ?>) e.getValue();
                line(out, "sidebar: " + e.getKey(), String.format(Locale.ROOT, "median %s  max %s  (%,d papers)",
                        ms((Double) l.get("median_ms")), ms((Double) l.get("max_ms")), (Integer) l.get("rows")));
            }
        }
        if (get("families", "skipped") != null) {
            line(out, "organizing families", String.valueOf(get("families", "skipped")));
        } else {
            line(out, "organizing families", String.format(Locale.ROOT, "%.1f s = load %.1f + propose %.1f + store %.1f s; "
                            + "%s proposals (%s model names), %s placements", number("families", "total_seconds"),
                    number("families", "load_seconds"), number("families", "propose_seconds"), number("families", "store_seconds"),
                    get("families", "proposals"), get("families", "model_families"), get("families", "papers_placed")));
        }
        windowLines(out);
        line(out, "memory: import in the benchmark", "peak heap " + mb(number("memory", "import_peak_heap_bytes")) + ", resident peak (VmHWM) "
                + mb(number("memory", "import_peak_rss_bytes")));
        if (get("memory", "launcher_import_peak_rss_bytes") != null) {
            Double minimal = number("minimal_window", "peak_rss_bytes");
            line(out, "memory: lectern import (real launcher)", String.format(Locale.ROOT, "resident peak (VmHWM) %s%s; %.1f s with JVM start, exit %s",
                    mb(number("memory", "launcher_import_peak_rss_bytes")),
                    minimal == null ? "" : String.format(Locale.ROOT, " = %.2fx the minimal window's",
                            number("memory", "launcher_import_peak_rss_bytes") / minimal),
                    number("memory", "launcher_import_seconds"), get("memory", "launcher_import_exit")));
        } else if (get("memory", "launcher_import") != null) {
            line(out, "memory: lectern import (real launcher)", String.valueOf(get("memory", "launcher_import")));
        }
        if (get("memory", "image_gc") != null) {
            line(out, "memory: the image's JVM", String.format(Locale.ROOT, "%s collector, max heap %s, pause goal %s ms",
                    get("memory", "image_gc"), mb(number("memory", "image_max_heap_bytes")), get("memory", "image_max_gc_pause_ms")));
        }
        line(out, "memory: whole benchmark", "peak heap " + mb(number("memory", "bench_peak_heap_bytes")) + ", resident peak "
                + mb(number("memory", "bench_peak_rss_bytes")) + ", max heap " + mb(number("memory", "max_heap_bytes")));
        out.println();
        out.printf(Locale.ROOT, "%-38s %-24s %-20s %s%n", "target", "value", "goal", "met");
        out.println("-".repeat(100));
        for (Target t : targets()) {
            out.printf(Locale.ROOT, "%-38s %-24s %-20s %s%n", t.figure(), t.value(), t.target(),
                    t.met() == null ? "n/a" : t.met() ? "yes" : "NO");
        }
        out.flush();
    }

    /** Lectern's first window and first rows beside the minimal JavaFX window's, and their memory. */
    void windowLines(PrintWriter out) {
        if (get("window", "skipped") != null) {
            line(out, "first window", "skipped: " + get("window", "skipped"));
            return;
        }
        if (get("window", "median_seconds") == null) return;
        boolean minimal = get("minimal_window", "median_seconds") != null;
        line(out, "first window", String.format(Locale.ROOT, "median %.2f s; runs %s", number("window", "median_seconds"),
                secondsList(get("window", "runs_seconds"))));
        line(out, "first rows on screen", get("window", "rows_runs_seconds") == null ? "not reported by the window"
                : String.format(Locale.ROOT, "median %.2f s; runs %s", number("window", "rows_median_seconds"),
                        secondsList(get("window", "rows_runs_seconds"))));
        if (!minimal) {
            line(out, "minimal JavaFX window", "skipped: " + get("minimal_window", "skipped"));
        } else {
            line(out, "minimal JavaFX window (same image options)", String.format(Locale.ROOT, "median %.2f s; runs %s",
                    number("minimal_window", "median_seconds"), secondsList(get("minimal_window", "runs_seconds"))));
            Double rows = number("window", "rows_ratio_to_minimal");
            line(out, "first window / minimal", String.format(Locale.ROOT, "%.2fx; first rows / minimal %s",
                    number("window", "ratio_to_minimal"), rows == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", rows)));
        }
        line(out, "resident peak (VmHWM) 3 s after showing", "window " + mb(number("window", "peak_rss_bytes"))
                + (minimal ? String.format(Locale.ROOT, "; minimal window %s; ratio %.2fx", mb(number("minimal_window", "peak_rss_bytes")),
                number("window", "rss_ratio_to_minimal")) : ""));
        // a launch that failed ended its window's runs: the figures above count fewer runs than asked for
        if (get("window", "failed") != null) line(out, "first window: a run failed", String.valueOf(get("window", "failed")));
        if (get("minimal_window", "failed") != null) line(out, "minimal window: a run failed", String.valueOf(get("minimal_window", "failed")));
    }

    /** Writes every figure and the targets as JSON. */
    public void writeJson(Path file) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>(sections);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Target t : targets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("figure", t.figure());
            m.put("value", t.value());
            m.put("target", t.target());
            m.put("met", t.met());
            targets.add(m);
        }
        all.put("targets", targets);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), all);
    }

    private void searchLines(PrintWriter out) {
        line(out, "search (" + get("search", "queries") + " queries, page of 100 + count)",
                String.format(Locale.ROOT, "p50 %s  p95 %s  p99 %s  max %s", ms(number("search", "p50_ms")),
                        ms(number("search", "p95_ms")), ms(number("search", "p99_ms")), ms(number("search", "max_ms"))));
        if (number("search", "cpu_p95_ms") != null) {
            line(out, "  its thread's CPU time", String.format(Locale.ROOT, "p50 %s  p95 %s  max %s", ms(number("search", "cpu_p50_ms")),
                    ms(number("search", "cpu_p95_ms")), ms(number("search", "cpu_max_ms"))));
        }
        if (get("search", "by_kind") instanceof Map<?, ?> kinds) {
            for (var e : kinds.entrySet()) {
                Map<?, ?> k = (Map<?, ?>) e.getValue();
                line(out, "  " + e.getKey(), String.format(Locale.ROOT, "p50 %s  p95 %s  max %s  (%,.0f matches on average)%s",
                        ms((Double) k.get("p50_ms")), ms((Double) k.get("p95_ms")), ms((Double) k.get("max_ms")),
                        (Double) k.get("mean_matches"), k.get("cpu_p95_ms") == null ? "" : String.format(Locale.ROOT,
                                "; CPU p50 %s  p95 %s  max %s", ms((Double) k.get("cpu_p50_ms")), ms((Double) k.get("cpu_p95_ms")),
                                ms((Double) k.get("cpu_max_ms")))));
            }
        }
        line(out, "  slowest query", String.valueOf(get("search", "slowest_query")));
        if (get("search", "worst") instanceof List<?> worst) {
            for (Object o : worst) {
                Map<?, ?> w = (Map<?, ?>) o;
                line(out, "  slow: " + w.get("kind"), String.format(Locale.ROOT, "%s (CPU %s)  %s  (shown as %,d)",
                        ms((Double) w.get("ms")), ms((Double) w.get("cpu_ms")), w.get("query"), (Integer) w.get("shown_count")));
                if (w.get("plan") instanceof List<?> plan) {
                    for (Object step : plan) line(out, "", "    " + step);
                }
            }
        }
    }

    private Double number(String section, String key) {
        return get(section, key) instanceof Number n ? n.doubleValue() : null;
    }

    private String why(String section) {
        return get(section, "skipped") == null ? "n/a" : "skipped";
    }

    private static void line(PrintWriter out, String figure, String value) {
        out.printf(Locale.ROOT, "%-44s %s%n", figure, value);
    }

    private static String ms(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, v < 10 ? "%.2f ms" : "%.1f ms", v);
    }

    private static String seconds(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String secondsList(Object list) {
        if (!(list instanceof List<?> l)) return "n/a";
        List<String> parts = new ArrayList<>();
        for (Object o : l) parts.add(String.format(Locale.ROOT, "%.2f s", ((Number) o).doubleValue()));
        return String.join(", ", parts);
    }

    private static String mb(Double bytes) {
        return bytes == null ? "n/a" : String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024));
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).strip();
            }
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
        return System.getProperty("os.arch");
    }
}
