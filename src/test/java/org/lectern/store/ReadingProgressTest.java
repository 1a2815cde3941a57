package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.store.TestPapers.listing;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.Status;
import org.lectern.library.StatusChange;

/** Papers read per week, and putting a paper back exactly where it stood (for undo). */
class ReadingProgressTest {
    @TempDir
    Path dir;
    Library library;
    Papers papers;
    long a;
    long b;
    long c;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        Importer importer = new Importer(library);
        importer.commit(importer.preview("t", listing(
                paper(1, "Neural Audio Codecs", "Speech and music.", 10, null),
                paper(2, "ERNIE-ViL: Knowledge Enhanced Vision-Language", "Scene graphs.", 4, null),
                paper(3, "Small Language Models on Phones", "Efficient inference.", 1, 2))));
        papers = new Papers(library);
        a = papers.find("Neural Audio Codecs").orElseThrow().id();
        b = papers.find("ERNIE-ViL: Knowledge Enhanced Vision-Language").orElseThrow().id();
        c = papers.find("Small Language Models on Phones").orElseThrow().id();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void readOn(long paper, String at) throws Exception {
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.db"));
             PreparedStatement s = conn.prepareStatement("INSERT INTO status_change(paper_id, status, at) VALUES (?, 'read', ?)")) {
            s.setLong(1, paper);
            s.setString(2, at);
            s.executeUpdate();
        }
    }

    @Test
    void readPapersAreCountedInTheirWeekFromMonday() throws Exception {
        readOn(a, "2026-11-02T09:00:00Z"); // a Monday
        readOn(b, "2026-11-08T23:00:00Z"); // the Sunday of the same week
        readOn(c, "2026-11-23T10:00:00Z"); // this week
        readOn(c, "2026-10-01T10:00:00Z"); // before the window: not shown
        var weeks = papers.readPerWeek(LocalDate.of(2026, 11, 27), 4);
        assertEquals(List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 23)), List.copyOf(weeks.keySet()));
        assertEquals(List.of(2, 0, 0, 1), List.copyOf(weeks.values()));
    }

    @Test
    void restoreGivesBackStatusQueuePositionAndHistory() {
        papers.enqueue(a, false);
        papers.enqueue(b, false);
        papers.enqueue(c, false);
        papers.move(b, -1); // b, a, c
        Papers.Place before = papers.place(b);
        papers.setStatus(b, Status.READING);
        papers.setStatus(b, Status.READ);
        assertEquals(List.of(a, c), papers.queue().stream().map(r -> r.id()).toList());
        papers.restore(b, before);
        assertEquals(List.of(b, a, c), papers.queue().stream().map(r -> r.id()).toList());
        assertEquals(List.of(Status.QUEUED), papers.history(b).stream().map(StatusChange::status).toList());
        assertEquals(Status.QUEUED, papers.get(b).orElseThrow().status());
    }
}
