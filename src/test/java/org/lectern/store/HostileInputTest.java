package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.lectern.store.TestPapers.importInto;
import static org.lectern.store.TestPapers.paper;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.library.PaperFilter;

/** Names and texts that look like SQL or FTS syntax, and very large notes, are kept exactly. */
class HostileInputTest extends LibraryInTempFolder {
    @Test
    void quotesSqlAndFtsOperatorsInTagsFamiliesAndNotesAreJustText() {
        importInto(library, paper(1, "Robert'); DROP TABLE paper;--", "x", 1, null));
        long id = papers.find("Robert'); DROP TABLE paper;--").orElseThrow().id();
        List<String> tags = List.of("it's \"quoted\"", "x' OR '1'='1", "NEAR(a b)", "title:*", "AND");
        for (String t : tags) papers.addTag(id, t);
        Families families = new Families(library);
        long fam = families.create("\"; DELETE FROM family; --", "reader", null, List.of(id), "reader");
        String note = "SELECT * FROM note; \"unbalanced ' quote\n".repeat(30_000); // about 1.2 MB
        papers.saveNote(id, note);

        var back = papers.get(id).orElseThrow();
        assertEquals(tags.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), back.tags());
        assertEquals(List.of("\"; DELETE FROM family; --"), back.families());
        assertEquals(note, back.note());
        assertEquals(List.of(id), families.members(fam));
        for (String t : tags) assertEquals(1, papers.count(PaperFilter.all().withTag(t)), t);
        assertEquals(1, papers.count(PaperFilter.all().withSearch("unbalanced quote")));
        assertEquals(1, papers.count(PaperFilter.all().withSearch("x' OR '1'='1")));
    }
}
