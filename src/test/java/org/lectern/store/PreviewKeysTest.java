package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview.By;
import org.lectern.store.ImportPreview.Match;

/**
 * A large preview asks the library's keys in memory, read once, before any lookup: a paper no stored key
 * can match costs no query, and what the preview finds is what the lookups alone find. A preview read in
 * batches reads the keys again when the library was written to between two batches.
 */
class PreviewKeysTest extends LibraryInTempFolder {
    private static final String[] WORDS = {"sparse", "routing", "graph", "tensor", "kernel", "spectral", "latent",
        "causal", "robust", "neural", "quantum", "vision", "speech", "policy", "memory", "adaptive"};

    /** Paper {@code n}: a title and an abstract no other {@code n} shares. */
    private static ParsedPaper paper(int line, int n) {
        StringBuilder title = new StringBuilder("Study");
        for (int v = n + 1; v > 0; v /= WORDS.length) title.append(' ').append(WORDS[v % WORDS.length]);
        title.append(" Number ").append(n);
        return TestPapers.paper(line, title.toString(), "We measure case " + n + " of " + WORDS[n % WORDS.length]
                + " methods on three benchmarks and report where they differ from earlier work.", n % 50, null);
    }

    private static List<ParsedPaper> listing(int from, int count) {
        List<ParsedPaper> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(paper(i + 1, from + i));
        return out;
    }

    /** {@code c} with a count of every query it runs, through a statement of either kind. */
    private static Connection counting(Connection c, AtomicInteger queries) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object made = invoke(c, method, args);
                    if (made instanceof PreparedStatement s) return countingStatement(s, PreparedStatement.class, queries);
                    if (made instanceof Statement s) return countingStatement(s, Statement.class, queries);
                    return made;
                });
    }

    private static Object countingStatement(Statement s, Class<?> kind, AtomicInteger queries) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) queries.incrementAndGet();
            return invoke(s, method, args);
        };
        return Proxy.newProxyInstance(kind.getClassLoader(), new Class<?>[] {kind}, h);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void aLargePreviewOfNewPapersMakesNoQueryPerPaperAndFindsWhatTheLookupsFind() throws Exception {
        List<ParsedPaper> stored = listing(0, 3);
        importer.commit(importer.preview("t", TestPapers.listing(stored.toArray(ParsedPaper[]::new))));
        // the stored papers again (one with other upvotes, one with its title given two words longer than
        // the stored guess), then 2,400 papers the library has never seen
        List<ParsedPaper> papers = new ArrayList<>(stored);
        ParsedPaper second = stored.get(1);
        papers.set(1, TestPapers.paper(2, second.title(), second.abstractText(), 99, null));
        ParsedPaper third = stored.get(2);
        String[] words = third.abstractText().split(" ", 3); // a cards entry: the title alone
        papers.set(2, third.withSplit(third.title() + " " + words[0] + " " + words[1], "", 1.0));
        papers.addAll(listing(1000, 2400));

        AtomicInteger queries = new AtomicInteger();
        List<ImportPreview.Item> withKeys = library.read(c -> Importer.previewMatcher(counting(c, queries), papers.size())
                .matchAll(papers));
        assertTrue(queries.get() <= 20, "queries for a preview of " + papers.size() + " papers: " + queries.get());

        List<ImportPreview.Item> lookedUp = library.read(c -> new PaperMatcher(c).matchAll(papers));
        assertEquals(lookedUp, withKeys);
        assertEquals(Match.UNCHANGED, withKeys.get(0).match());
        assertEquals(By.TEXT, withKeys.get(0).by());
        assertEquals(Match.UPDATED, withKeys.get(1).match());
        assertEquals(By.SPLIT, withKeys.get(2).by());
        assertTrue(withKeys.get(2).retitles(), withKeys.get(2).toString());
        assertEquals(2400, withKeys.stream().filter(i -> i.match() == Match.NEW).count());
    }

    @Test
    void aPaperImportedBetweenTwoBatchesOfAPreviewIsFoundInTheSecond() throws Exception {
        importer.commit(importer.preview("t", TestPapers.listing(paper(1, 0))));
        List<ParsedPaper> papers = listing(1000, 2000); // one batch of new papers
        ParsedPaper later = paper(2001, 5000);
        papers.add(later); // in the second batch, and imported while the first is shown
        List<List<ImportPreview.Item>> batches = new ArrayList<>();
        ImportPreview preview = importer.preview("t", "test", PaperBatches.of(papers, 0), (items, counts) -> {
            if (batches.isEmpty()) importer.commit(importer.preview("other", TestPapers.listing(later)));
            batches.add(items);
        });
        assertEquals(2, batches.size());
        ImportPreview.Item last = preview.items().get(preview.items().size() - 1);
        assertEquals(Match.UNCHANGED, last.match(), "the paper imported meanwhile: " + last);
        assertEquals(2000, preview.count(Match.NEW));
    }
}
