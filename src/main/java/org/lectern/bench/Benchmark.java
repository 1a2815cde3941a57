package org.lectern.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.lectern.families.Document;
import org.lectern.families.FamilyProposer;
import org.lectern.families.Proposal;
import org.lectern.library.Family;
import org.lectern.library.FamilyKind;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.library.TagCount;
import org.lectern.listing.ListingFiles;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Families;
import org.lectern.store.ImportOutcome;
import org.lectern.store.ImportPreview;
import org.lectern.store.Importer;
import org.lectern.store.Library;
import org.lectern.store.Papers;

/**
 * Lectern's performance benchmark: a synthetic listing of N papers imported into a fresh library,
 * beside the sqlite3 shell loading the same rows; then search, the sidebar's lists, organizing into
 * families, the real launcher's first window, and peak memory. Every figure goes into {@link Report}.
 */
public final class Benchmark {
    /** What to run. */
    public record Options(int papers, long seed, int queriesPerKind, int windowRuns, Path launcher,
                          Path workDir, boolean keep, boolean window, boolean floor, int importRuns,
                          boolean launcherImport, Path minimalWindow, Path windowLibrary, Path searchLibrary) {
        public Options(int papers, long seed, int queriesPerKind, int windowRuns, Path launcher, Path workDir, boolean keep,
                       boolean window, boolean floor, int importRuns, boolean launcherImport, Path minimalWindow, Path windowLibrary) {
            this(papers, seed, queriesPerKind, windowRuns, launcher, workDir, keep, window, floor, importRuns, launcherImport,
                    minimalWindow, windowLibrary, null);
        }

        public static Options defaults(int papers) {
            return new Options(papers, 7L, 150, 3, null, null, false, true, true, 1, true, null, null);
        }
    }

    private static final int PAGE = 100;

    private final Options options;
    private final PrintWriter log;
    private final Report report;

    private Benchmark(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
        this.report = new Report(options.papers());
    }

    /** Runs everything; progress goes to {@code log}, the figures come back in the report. */
    public static Report run(Options options, PrintWriter log) throws IOException, InterruptedException {
        return new Benchmark(options, log).run();
    }

    private Report run() throws IOException, InterruptedException {
        if (options.windowLibrary() != null) {
            new OutsideRuns(options, report, this::step).windowOnly(options.windowLibrary());
            return report;
        }
        if (options.searchLibrary() != null) {
            searchOnly(options.searchLibrary());
            return report;
        }
        Path dir = options.workDir() != null ? Files.createDirectories(options.workDir())
                : Files.createTempDirectory("lectern-bench");
        try {
            runIn(dir);
        } finally {
            if (!options.keep()) deleteTree(dir);
            else log.println("kept the files in " + dir);
        }
        return report;
    }

    private void runIn(Path dir) throws IOException, InterruptedException {
        int n = options.papers();
        step("generating " + n + " synthetic papers");
        SyntheticPapers words = new SyntheticPapers(options.seed());
        List<ParsedPaper> truth = words.papers(n, options.seed());
        Path listing = dir.resolve("listing.txt");
        Files.writeString(listing, SyntheticPapers.listing(truth), StandardCharsets.UTF_8);
        long listingBytes = Files.size(listing);
        report.put("listing", "bytes", listingBytes);
        report.put("listing", "abstract_bytes_mean", truth.stream().mapToInt(p -> p.abstractText().length()).average().orElse(0));
        report.put("listing", "title_bytes_mean", truth.stream().mapToInt(p -> p.title().length()).average().orElse(0));
        step("timing the title/abstract splitter");
        SplitterSpeed.measure(truth, report);

        // Lectern and the floor take turns, each on a fresh file; the fastest run of each counts,
        // since other work on the machine can only add time.
        Path db = dir.resolve("library.db");
        List<Double> lecternRuns = new ArrayList<>();
        List<Double> floorRuns = new ArrayList<>();
        Map<String, Object> bestImport = null;
        Map<String, Object> bestFloor = null;
        OutsideRuns outside = new OutsideRuns(options, report, this::step);
        for (int run = 1; run <= options.importRuns(); run++) {
            deleteLibrary(db);
            importListing(db, listing, truth);
            Map<String, Object> now = new LinkedHashMap<>(report.sections().get("import"));
            lecternRuns.add((double) now.get("total_seconds"));
            if (bestImport == null || (double) now.get("total_seconds") < (double) bestImport.get("total_seconds")) bestImport = now;
            if (options.floor()) {
                outside.floor(dir, truth);
                Map<String, Object> f = report.sections().get("floor");
                if (f.get("seconds") instanceof Double sec) {
                    floorRuns.add(sec);
                    if (bestFloor == null || sec < (double) bestFloor.get("seconds")) bestFloor = new LinkedHashMap<>(f);
                }
            }
        }
        report.sections().put("import", bestImport);
        report.put("import", "runs_seconds", lecternRuns);
        double importSeconds = (double) bestImport.get("total_seconds");
        if (!options.floor()) {
            report.skip("floor", "not asked for (--no-floor)");
        } else if (bestFloor != null) {
            report.sections().put("floor", bestFloor);
            report.put("floor", "runs_seconds", floorRuns);
            double floorSeconds = (double) bestFloor.get("seconds");
            report.put("floor", "import_ratio", importSeconds / floorSeconds);
            report.put("floor", "commit_ratio", (double) bestImport.get("commit_seconds") / floorSeconds);
        }
        if (!options.keep()) Files.deleteIfExists(dir.resolve("floor.sql"));

        try (Library library = Library.open(db)) {
            SearchPass.run(library, words, truth, options.queriesPerKind(), options.seed(), report, this::step);
            families(library);
            sidebar(library);
        }
        report.put("library", "bytes_after_organizing", sizeOnDisk(db));
        outside.window(db);
        outside.launcherImport(dir, listing);
        outside.imageJvm();
        report.put("memory", "bench_peak_heap_bytes", Memory.peakHeap());
        report.put("memory", "bench_peak_rss_bytes", Memory.peakRss());
        report.put("memory", "max_heap_bytes", Runtime.getRuntime().maxMemory());
        report.put("machine", "load_average_at_end", Report.loadAverage());
    }

    /**
     * The search pass alone, on an existing library made by this benchmark with the same papers and seed
     * (the queries come from the synthetic papers, as in a full run). It reads the library and writes nothing
     * of its own into it; run it on a copy, since opening a library may bring it up to this build's schema.
     */
    private void searchOnly(Path db) throws IOException {
        if (!Files.isRegularFile(db)) throw new IOException(db + ": no such library file");
        step("generating " + options.papers() + " synthetic papers for the queries");
        SyntheticPapers words = new SyntheticPapers(options.seed());
        List<ParsedPaper> truth = words.papers(options.papers(), options.seed());
        try (Library library = Library.open(db)) {
            awaitSearchIndex(library);
            int inLibrary = new Papers(library).count(PaperFilter.all());
            if (inLibrary != options.papers()) {
                log.printf(Locale.ROOT, "%s holds %,d papers, not the %,d of --papers: its phrases may not be found%n",
                        db, inLibrary, options.papers());
            }
            SearchPass.run(library, words, truth, options.queriesPerKind(), options.seed(), report, this::step);
        }
        report.put("library", "bytes", sizeOnDisk(db));
        report.put("memory", "bench_peak_rss_bytes", Memory.peakRss());
        report.put("machine", "load_average_at_end", Report.loadAverage());
    }

    // ---- import: read + parse, preview, commit, streamed as the window and the import command do them

    private void importListing(Path db, Path listing, List<ParsedPaper> truth) throws IOException {
        StreamedImport.run(db, listing, truth, report, this::step, log);
        report.put("library", "bytes", sizeOnDisk(db));
    }

    static void awaitSearchIndex(Library library) throws IOException {
        try {
            if (!library.searchIndex().awaitFilled()) throw new IOException("the search index was not filled");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the search index filled", e);
        }
    }

    static void deleteLibrary(Path db) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
    }

    // ---- families: the proposer over every paper, then its proposals stored

    private void families(Library library) {
        Families families = new Families(library);
        step("families: loading every paper");
        long t0 = System.nanoTime();
        List<Paper> all = new Papers(library).all(PaperFilter.all());
        List<Document> docs = new ArrayList<>(all.size());
        for (Paper p : all) docs.add(new Document(p.id(), p.title(), p.abstractText()));
        all = null;
        long t1 = System.nanoTime();
        step("families: proposing");
        List<Proposal> proposals = new FamilyProposer().propose(docs);
        long t2 = System.nanoTime();
        step("families: storing " + proposals.size() + " proposals");
        for (Proposal p : proposals) {
            families.create(p.name(), p.kind(), String.join(", ", p.reason()), p.members(),
                    FamilyKind.ofProposal(p.kind()).automaticSource());
        }
        long t3 = System.nanoTime();
        report.put("families", "load_seconds", (t1 - t0) / 1e9);
        report.put("families", "propose_seconds", (t2 - t1) / 1e9);
        report.put("families", "store_seconds", (t3 - t2) / 1e9);
        report.put("families", "total_seconds", (t3 - t0) / 1e9);
        report.put("families", "proposals", proposals.size());
        report.put("families", "model_families", proposals.stream().filter(p -> p.kind().equals("model")).count());
        report.put("families", "papers_placed", proposals.stream().mapToLong(p -> p.members().size()).sum());
        if (proposals.isEmpty()) syntheticFamilies(library, families);
    }

    // without proposals the family lists are still measured, on families of known sizes
    private void syntheticFamilies(Library library, Families families) {
        int n = options.papers();
        int[] sizes = {Math.max(1, n / 10), Math.max(1, n / 100), Math.max(1, n / 1000)};
        SplittableRandom r = new SplittableRandom(options.seed());
        for (int i = 0; i < sizes.length; i++) {
            List<Long> members = new ArrayList<>();
            for (int j = 0; j < sizes[i]; j++) members.add(1L + r.nextInt(n));
            families.create("Synthetic family " + (i + 1), FamilyKind.READER.key(), null, members.stream().distinct().toList(),
                    FamilyKind.READER.key());
        }
    }

    // ---- the sidebar: every list it offers, first page and count

    private void sidebar(Library library) {
        int n = options.papers();
        Papers papers = new Papers(library);
        step("sidebar: setting statuses and tags");
        SplittableRandom r = new SplittableRandom(options.seed() + 3);
        Status[] statuses = {Status.READ, Status.READ, Status.READ, Status.QUEUED, Status.QUEUED, Status.DROPPED, Status.READING};
        int changes = Math.max(statuses.length, n / 100);
        for (int i = 0; i < changes; i++) papers.setStatus(1L + r.nextInt(n), statuses[i % statuses.length]);
        String[] tags = {"to-cite", "survey", "reproduce", "reading-group", "baseline", "idea"};
        int tagged = Math.max(tags.length, n / 50);
        for (int i = 0; i < tagged; i++) {
            // tag sizes fall off like the vocabulary's: the first tag is on a large share of them
            int t = Math.min(tags.length - 1, (int) Math.floor(-Math.log(1 - r.nextDouble()) * 1.3));
            papers.addTag(1L + r.nextInt(n), tags[t]);
        }
        step("sidebar: timing every list");
        Map<String, PaperFilter> lists = new LinkedHashMap<>();
        lists.put("all", PaperFilter.all());
        lists.put("queue", PaperFilter.all().withView(PaperFilter.View.QUEUE));
        lists.put("recent import", PaperFilter.all().withView(PaperFilter.View.RECENT));
        for (Status s : Status.values()) lists.put("status " + s.key(), PaperFilter.all().withStatus(s));
        List<Family> fams = new ArrayList<>(new Families(library).list());
        fams.sort(Comparator.comparingInt(Family::total).reversed());
        if (!fams.isEmpty()) {
            lists.put("family largest (" + fams.get(0).total() + ")", PaperFilter.all().withFamily(fams.get(0).name()));
            Family mid = fams.get(fams.size() / 2);
            lists.put("family median (" + mid.total() + ")", PaperFilter.all().withFamily(mid.name()));
            Family small = fams.get(fams.size() - 1);
            lists.put("family smallest (" + small.total() + ")", PaperFilter.all().withFamily(small.name()));
        }
        List<TagCount> tagCounts = new ArrayList<>(papers.tags());
        tagCounts.sort(Comparator.comparingInt(TagCount::count).reversed());
        if (!tagCounts.isEmpty()) {
            TagCount big = tagCounts.get(0);
            lists.put("tag largest (" + big.count() + ")", PaperFilter.all().withTag(big.name()));
            TagCount small = tagCounts.get(tagCounts.size() - 1);
            lists.put("tag smallest (" + small.count() + ")", PaperFilter.all().withTag(small.name()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        double worstMedian = 0;
        double worstMax = 0;
        for (var e : lists.entrySet()) {
            PaperFilter f = e.getValue();
            boolean queue = f.view() == PaperFilter.View.QUEUE;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 23; i++) {
                long t = System.nanoTime();
                papers.page(f, Papers.Sort.RELEVANCE, !queue, 0, PAGE);
                papers.count(f);
                if (i >= 3) times.add((System.nanoTime() - t) / 1e6);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("median_ms", Stats.percentile(times, 50));
            one.put("max_ms", Stats.percentile(times, 100));
            one.put("rows", papers.count(f));
            out.put(e.getKey(), one);
            worstMedian = Math.max(worstMedian, Stats.percentile(times, 50));
            worstMax = Math.max(worstMax, Stats.percentile(times, 100));
        }
        report.put("sidebar", "lists", out);
        report.put("sidebar", "worst_median_ms", worstMedian);
        report.put("sidebar", "worst_max_ms", worstMax);
    }

    private void step(String what) {
        log.printf(Locale.ROOT, "[%7.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, what);
        log.flush();
    }

    private static final long STARTED = System.nanoTime();

    /** The library file with its write-ahead log and shared-memory files. */
    static long sizeOnDisk(Path db) {
        long sum = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = db.resolveSibling(db.getFileName() + suffix);
            try {
                if (Files.exists(p)) sum += Files.size(p);
            } catch (IOException ignored) {
                // gone meanwhile
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
