package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.listing.Listings;
import org.lectern.listing.ParseResult;

/**
 * A large collection in every reference manager's shape (src/test/resources/stress, written by its script from
 * real arXiv titles): nearly every distinct paper is stored, titles carry no TeX, and each entry broken on
 * purpose costs one diagnostic.
 */
class MixedCollectionTest {
    @TempDir
    Path dir;

    private static String gunzip(String path) throws Exception {
        try (InputStream in = new GZIPInputStream(MixedCollectionTest.class.getResourceAsStream(path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** arXiv id → {broken entries, entries, title} from the truth file. */
    private static Map<String, String[]> truth() throws Exception {
        Map<String, String[]> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                MixedCollectionTest.class.getResourceAsStream("/stress/mixed-collection-truth.tsv.gz")), StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", 3);
                String[] counts = f[1].split("/");
                out.put(f[0], new String[] {counts[0], counts[1], f[2]});
            }
        }
        return out;
    }

    @Test
    void nearlyEveryDistinctPaperIsStoredWithPlainTitles() throws Exception {
        String bib = gunzip("/stress/mixed-collection.bib.gz");
        Map<String, String[]> truth = truth();
        int brokenEntries = truth.values().stream().mapToInt(t -> Integer.parseInt(t[0])).sum();
        int entries = truth.values().stream().mapToInt(t -> Integer.parseInt(t[1])).sum();

        ParseResult parsed = Listings.parse(bib);
        assertEquals("bibtex", parsed.format());
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Importer importer = new Importer(library);
            importer.commit(importer.preview("mixed-collection.bib", parsed));
            List<Paper> stored = new Papers(library).all(PaperFilter.all());

            Set<String> storedIds = new HashSet<>();
            List<String> texInTitles = new ArrayList<>();
            int plainTitles = 0;
            int plainTitlesRight = 0;
            for (Paper p : stored) {
                if (p.arxivId() != null) storedIds.add(p.arxivId());
                if (p.title().matches(".*([{}]|\\\\[A-Za-z]+|\\$).*")) texInTitles.add(p.title());
                String[] t = truth.get(p.arxivId());
                // titles without TeX in the source must read exactly so (Google Scholar lowercases them)
                if (t != null && !t[2].matches(".*[\\\\{}$~`'\"].*|.*--.*")) {
                    plainTitles++;
                    if (t[2].replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT)
                            .equals(p.title().toLowerCase(Locale.ROOT))) {
                        plainTitlesRight++;
                    }
                }
            }
            Set<String> missing = new HashSet<>(truth.keySet());
            missing.removeAll(storedIds);
            double share = 100.0 * storedIds.size() / truth.size();
            System.out.printf(Locale.ROOT, "mixed collection: %d entries, %d distinct papers, %d stored (%.2f%%), "
                            + "%d entries broken on purpose, %d diagnostics, %d titles with TeX left, "
                            + "%d of %d plain titles exact%n", entries, truth.size(), storedIds.size(), share,
                    brokenEntries, parsed.diagnostics().size(), texInTitles.size(), plainTitlesRight, plainTitles);

            assertTrue(share >= 99.5, "stored " + share + "%; missing " + missing);
            assertEquals(stored.size(), storedIds.size(), "every stored paper has its arXiv id, none twice");
            assertEquals(List.of(), texInTitles);
            assertEquals(plainTitles, plainTitlesRight);
            assertTrue(parsed.diagnostics().size() <= brokenEntries, parsed.diagnostics().toString());
            assertEquals(brokenEntries, parsed.diagnostics().size(), "each broken entry is reported, once");
        }
    }
}
