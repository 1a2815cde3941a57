package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;
import org.lectern.library.Status;
import org.lectern.store.Library;
import org.lectern.store.Papers;

class QueueCommandTest extends CliLibraryTest {
    QueueCommandTest() {
        super(dir -> Cli.library(dir, Cli.alphaBetaGamma(5, null)));
    }

    @Test
    void queueAddMoveRemoveAndStatusChangeTheLibrary() {
        assertEquals(0, Cli.run(file, "queue", "add", "Beta Paper").code());
        assertEquals(0, Cli.run(file, "queue", "add", "2401.00001").code());
        assertEquals(0, Cli.run(file, "queue", "add", "--top", "gamma paper").code());
        Cli.Result moved = Cli.run(file, "queue", "move", "Gamma Paper", "2");
        assertEquals(0, moved.code(), moved.err());
        Cli.Result shown = Cli.run(file, "queue");
        assertTrue(shown.out().indexOf("Beta Paper") < shown.out().indexOf("Alpha Paper"), shown.out());
        assertTrue(shown.out().indexOf("Alpha Paper") < shown.out().indexOf("Gamma Paper"), shown.out());

        assertEquals(0, Cli.run(file, "status", "Beta Paper", "read").code());
        assertEquals(0, Cli.run(file, "queue", "remove", "Alpha Paper").code());
        try (Library library = Library.open(file)) {
            Papers papers = new Papers(library);
            assertEquals(List.of("Gamma Paper"), papers.queue().stream().map(r -> r.title()).toList());
            assertEquals(Status.READ, papers.find("Beta Paper").orElseThrow().status());
            assertEquals(Status.NEW, papers.find("Alpha Paper").orElseThrow().status());
            assertEquals(1, papers.count(PaperFilter.all().withStatus(Status.READ)));
        }
    }

    @Test
    void unknownPapersAndStatusesGetAClearMessage() {
        Cli.Result missing = Cli.run(file, "status", "No Such Paper", "read");
        assertTrue(missing.code() != 0);
        assertTrue(missing.err().contains("no paper with id, arXiv id or title 'No Such Paper'"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), "one line, no usage text: " + missing.err());
        Cli.Result badStatus = Cli.run(file, "status", "Beta Paper", "finished");
        assertTrue(badStatus.code() != 0);
        assertTrue(badStatus.err().contains("unknown status 'finished'"), badStatus.err());
        assertTrue(!badStatus.err().contains("\tat "), "no stack trace: " + badStatus.err());
    }

    @Test
    void papersCanBeNamedByTheStartOfTheirTitleWhenItIsUnique() {
        assertEquals(0, Cli.run(file, "status", "alpha", "read").code());
        Cli.Result ambiguous = Cli.run(file, "status", "", "read");
        assertTrue(ambiguous.code() != 0);
        Cli.Result both = Cli.run(file, "queue", "add", "b");
        assertEquals(0, both.code(), both.err());
        assertTrue(both.out().contains("Beta Paper"), both.out());
        try (Library library = Library.open(file)) {
            assertEquals(Status.READ, new Papers(library).find("Alpha Paper").orElseThrow().status());
        }
    }

    @Test
    void removingAPaperThatIsNotQueuedChangesNothing() {
        Cli.run(file, "status", "Alpha Paper", "read");
        Cli.Result r = Cli.run(file, "queue", "remove", "Alpha Paper");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not in the reading queue"), r.err());
        try (Library library = Library.open(file)) {
            assertEquals(Status.READ, new Papers(library).find("Alpha Paper").orElseThrow().status());
        }
    }

    @Test
    void anUnknownFamilyOrTagIsReportedNotAnEmptyList() {
        Cli.Result family = Cli.run(file, "export", "--format", "json", "--family", "NoSuch");
        assertEquals(2, family.code());
        assertTrue(family.err().contains("no family named 'NoSuch'"), family.err());
        Cli.Result tag = Cli.run(file, "export", "--tag", "nosuchtag");
        assertEquals(2, tag.code());
        assertTrue(tag.err().contains("no paper has the tag 'nosuchtag'"), tag.err());
    }

    @Test
    void aMissingFileIsNamedWithTheReason() {
        Cli.Result r = Cli.run(file, "import", dir.resolve("nowhere.txt").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nowhere.txt: cannot read: no such file"), r.err());
    }

    @Test
    void aFolderWithoutPdfsAndABrokenPdfAreNamedWithTheReason() throws Exception {
        java.nio.file.Path empty = java.nio.file.Files.createDirectories(dir.resolve("empty-folder"));
        for (String[] args : List.of(new String[] {"import", empty.toString()}, new String[] {"import", "--dry-run", empty.toString()})) {
            Cli.Result r = Cli.run(file, args);
            assertEquals(1, r.code());
            assertTrue(r.err().contains("empty-folder: cannot read: a folder with no PDF in it"), r.err());
        }
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(dir.resolve("pdfs"));
        java.nio.file.Files.writeString(folder.resolve("broken.pdf"), "not a pdf");
        Cli.Result r = Cli.run(file, "import", folder.toString());
        // a PDF has no line: the folder and the file are named, with no ":0"
        assertTrue(r.err().contains("pdfs: broken.pdf: not a readable PDF"), r.err());
        assertTrue(!r.err().contains(":0:"), r.err());
    }

    @Test
    void listFiltersAndPrintsJson() {
        Cli.run(file, "status", "Beta Paper", "reading");
        Cli.Result table = Cli.run(file, "list", "--status", "reading");
        assertTrue(table.out().contains("Beta Paper") && !table.out().contains("Alpha Paper"), table.out());
        Cli.Result json = Cli.run(file, "list", "--json", "--search", "alpha");
        assertTrue(json.out().contains("\"title\" : \"Alpha Paper\""), json.out());
        assertTrue(!json.out().contains("Beta Paper"), json.out());
    }
}
