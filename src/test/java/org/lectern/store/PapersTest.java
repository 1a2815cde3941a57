package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.store.TestPapers.listing;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;

class PapersTest {
    @TempDir
    Path dir;
    Library library;
    Papers papers;
    long audio;
    long ernie;
    long llm;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        Importer importer = new Importer(library);
        importer.commit(importer.preview("t", listing(
                paper(1, "Neural Audio Codecs", "We compress speech and music with a neural codec.", 10, null),
                paper(2, "ERNIE-ViL: Knowledge Enhanced Vision-Language", "Scene graphs for vision language.", 4, null),
                paper(3, "Small Language Models on Phones", "Efficient inference of language models.", 1, 2))));
        papers = new Papers(library);
        audio = papers.find("Neural Audio Codecs").orElseThrow().id();
        ernie = papers.find("ERNIE-ViL: Knowledge Enhanced Vision-Language").orElseThrow().id();
        llm = papers.find("Small Language Models on Phones").orElseThrow().id();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void searchCoversTitleAbstractNoteAndTagsRankedByRelevance() {
        assertEquals(List.of(audio), ids(search("codec")));
        assertEquals(List.of(llm, ernie).size(), search("language").size());
        papers.saveNote(ernie, "remember the scene graph trick");
        papers.addTag(llm, "on-device");
        assertEquals(List.of(ernie), ids(search("trick")));
        assertEquals(List.of(llm), ids(search("device")));
        assertEquals(List.of(audio), ids(search("\"speech and music\"")));
        assertEquals(List.of(audio), ids(search("speech OR nothinglikethis")));
    }

    @Test
    void malformedQueriesNeverFailTheIndexAndTheUnreadableOnesSayWhy() {
        List<String> refused = new ArrayList<>();
        for (String q : List.of("\"unbalanced", "AND", "OR OR", "NOT codec", "(((", "title:", "*", "a\"b\"c", "NEAR(", "-", "codec AND")) {
            try {
                papers.page(PaperFilter.all().withSearch(q), Papers.Sort.RELEVANCE, false, 0, 10);
                papers.count(PaperFilter.all().withSearch(q));
            } catch (SearchQuery.Unreadable e) {
                refused.add(q);
            }
        }
        assertEquals(List.of("AND", "OR OR", "NOT codec", "(((", "*", "-"), refused, "no word, or NOT with nothing before it");
        assertEquals(List.of(audio), ids(search("codec AND")));
    }

    @Test
    void statusChangesAreDatedAndTheQueueKeepsItsOrder() {
        papers.setStatus(llm, Status.QUEUED);
        papers.setStatus(audio, Status.QUEUED);
        papers.setStatus(llm, Status.READING);
        PaperFilter queue = PaperFilter.all().withView(PaperFilter.View.QUEUE);
        assertEquals(List.of(llm, audio), ids(papers.page(queue, Papers.Sort.QUEUE, false, 0, 10)));
        papers.setStatus(llm, Status.READ);
        assertEquals(List.of(audio), ids(papers.page(queue, Papers.Sort.QUEUE, false, 0, 10)));
        assertEquals(List.of(Status.QUEUED, Status.READING, Status.READ),
                papers.history(llm).stream().map(h -> h.status()).toList());
        assertEquals(1, papers.statusCounts().get(Status.READ));
        assertEquals(1, papers.count(PaperFilter.all().withStatus(Status.QUEUED)));
    }

    @Test
    void theQueueTakesPapersAtEitherEndAndMovesOnePaperWithoutRenumbering() {
        papers.enqueue(audio, false);
        papers.enqueue(ernie, false);
        papers.enqueue(llm, true);
        assertEquals(List.of(llm, audio, ernie), ids(papers.queue()));
        papers.move(ernie, -1);
        assertEquals(List.of(llm, ernie, audio), ids(papers.queue()));
        papers.move(llm, 5);
        assertEquals(List.of(ernie, audio, llm), ids(papers.queue()));
        for (int i = 0; i < 200; i++) papers.move(llm, i % 2 == 0 ? -1 : 1);
        assertEquals(List.of(ernie, audio, llm), ids(papers.queue()));
        papers.setStatus(audio, Status.READING);
        papers.enqueue(audio, false);
        assertEquals(Status.READING, papers.get(audio).orElseThrow().status(), "queueing keeps a paper being read");
        assertEquals(List.of(ernie, llm, audio), ids(papers.queue()));
    }

    @Test
    void recentlyAddedShowsTheLatestImportThatAddedPapers() {
        Importer importer = new Importer(library);
        importer.commit(importer.preview("t", listing(paper(1, "Fresh Paper", "New.", 1, null))));
        importer.commit(importer.preview("t", listing(paper(1, "Fresh Paper", "New.", 1, null)))); // adds nothing
        PaperFilter recent = PaperFilter.all().withView(PaperFilter.View.RECENT);
        assertEquals(List.of("Fresh Paper"), papers.page(recent, Papers.Sort.ADDED, false, 0, 10).stream()
                .map(PaperRow::title).toList());
    }

    @Test
    void notesKeepTheirRevisions() throws Exception {
        papers.saveNote(audio, "first");
        papers.saveNote(audio, "first");
        papers.saveNote(audio, "second");
        assertEquals("second", papers.get(audio).orElseThrow().note());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT body FROM note_revision ORDER BY id")) {
            assertTrue(rs.next());
            assertEquals("first", rs.getString(1));
            assertTrue(!rs.next(), "an unchanged save keeps no revision");
        }
    }

    @Test
    void tagsAndFamiliesFilterTheList() {
        papers.addTag(audio, "to read");
        papers.addTag(ernie, "to read");
        assertTrue(!papers.addTag(ernie, "To Read"), "tags ignore case");
        Families families = new Families(library);
        long id = families.create("ERNIE", "model", "ernie", List.of(ernie), "model-name");
        assertEquals(List.of(ernie), ids(papers.page(PaperFilter.all().withFamily("ERNIE"), Papers.Sort.ADDED, false, 0, 10)));
        assertEquals(2, papers.count(PaperFilter.all().withTag("to read")));
        assertEquals(2, papers.tags().get(0).count());
        families.remove(id, ernie);
        new Families(library).create("ERNIE", "model", "ernie", List.of(ernie), "model-name");
        assertEquals(0, families.members(id).size(), "a rejected paper is never added back automatically");
        families.add(id, ernie);
        assertEquals(List.of(ernie), families.members(id));
    }

    private List<PaperRow> search(String q) {
        return papers.page(PaperFilter.all().withSearch(q), Papers.Sort.RELEVANCE, false, 0, 50);
    }

    private static List<Long> ids(List<PaperRow> rows) {
        return rows.stream().map(PaperRow::id).toList();
    }
}
