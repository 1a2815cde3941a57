package org.lectern.store;

import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.lectern.library.PaperFilter;

/**
 * Whatever a reader types into the search field, the real FTS5 index answers without an error, or the
 * search is refused with the reason it cannot be read (never an FTS5 syntax error).
 */
class SearchQueryPropertiesTest {
    private static Path dir;
    private static Library library;

    @BeforeContainer
    static void open() throws Exception {
        dir = Files.createTempDirectory("lectern-search");
        library = Library.open(dir.resolve("library.db"));
        Importer importer = new Importer(library);
        importer.commit(importer.preview("t", TestPapers.listing(
                TestPapers.paper(1, "Neural Audio Codecs", "We compress speech AND music; NEAR(\"x\") * ^col:", 1, null))));
    }

    @AfterContainer
    static void close() throws Exception {
        library.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 500)
    void anyQueryRunsAgainstTheIndex(@ForAll String typed) {
        Papers papers = new Papers(library);
        try {
            papers.count(PaperFilter.all().withSearch(typed));
            papers.page(PaperFilter.all().withSearch(typed), Papers.Sort.RELEVANCE, false, 0, 20);
        } catch (SearchQuery.Unreadable e) {
            refusedWithAReason(e);
        }
    }

    @Property(tries = 200)
    void queriesBuiltFromOperatorsAndQuotesRun(@ForAll("operatorSoup") String typed) {
        try {
            new Papers(library).count(PaperFilter.all().withSearch(typed));
        } catch (SearchQuery.Unreadable e) {
            refusedWithAReason(e);
        }
    }

    private static void refusedWithAReason(SearchQuery.Unreadable e) {
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("NOT") || e.getMessage().contains("no word"),
                e.getMessage());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> operatorSoup() {
        return net.jqwik.api.Arbitraries.of("AND", "OR", "NOT", "NEAR", "\"", "(", ")", "*", ":", "^", "-", "+",
                "audio", "codec", "title:", "{", "}", " ").list().ofMaxSize(12).map(l -> String.join(" ", l));
    }
}
