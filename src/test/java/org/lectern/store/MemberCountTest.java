package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lectern.store.TestPapers.importInto;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;

/** A family's and a tag's lists are counted from their member rows, and those counts stay true. */
class MemberCountTest {
    @TempDir
    Path dir;
    Library library;
    Papers papers;
    List<Long> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        importInto(library, paper(1, "Codec One", "audio", 1, null), paper(2, "Codec Two", "audio", 2, null),
                paper(3, "Codec Three", "audio", 3, null), paper(4, "Vision Four", "images", 4, null));
        papers = new Papers(library);
        for (String t : List.of("Codec One", "Codec Two", "Codec Three", "Vision Four")) ids.add(papers.find(t).orElseThrow().id());
        new Families(library).create("Codecs", "model", null, ids.subList(0, 3), "model-name");
        papers.addTag(ids.get(1), "survey");
        papers.addTag(ids.get(3), "survey");
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void familyAndTagCountsReadOnlyMemberRowsAndMatchTheListsThroughDeletions() {
        PaperFilter family = PaperFilter.all().withFamily("Codecs");
        PaperFilter tag = PaperFilter.all().withTag("survey");
        PaperFilter both = new PaperFilter(PaperFilter.View.ALL, null, "Codecs", "survey", null);
        assertEquals(3, papers.count(family));
        assertEquals(2, papers.count(tag));
        assertEquals(1, papers.count(both));
        assertEquals(1, papers.count(new PaperFilter(PaperFilter.View.ALL, Status.NEW, "Codecs", "survey", null)));
        assertEquals(0, papers.count(PaperFilter.all().withFamily("No such family")));
        assertEquals(0, papers.count(PaperFilter.all().withTag("no such tag")));

        new Deletions(library).delete(List.of(ids.get(1)));
        assertEquals(2, papers.count(family), "a deleted paper leaves its family's count");
        assertEquals(1, papers.count(tag), "and its tag's");
        assertEquals(0, papers.count(both));
        for (PaperFilter f : List.of(family, tag, both)) {
            assertEquals(papers.page(f, Papers.Sort.ADDED, true, 0, 100).size(), papers.count(f), f.toString());
            assertReadsNoPaperRow(f);
        }
    }

    /** The count's plan names no search or scan of the paper table: it reads member rows only. */
    private void assertReadsNoPaperRow(PaperFilter f) {
        PaperQuery q = PaperQuery.of(f, Papers.Sort.ADDED, false);
        String plan = library.read(c -> {
            StringBuilder out = new StringBuilder();
            try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN SELECT count(*)" + q.countFrom())) {
                q.bind(s);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.append(rs.getString("detail")).append('\n');
                }
            }
            return out.toString();
        });
        assertFalse(plan.matches("(?s).*\\b(SEARCH|SCAN) (p|paper)\\b.*"), f + " reads paper rows:\n" + plan);
    }
}
