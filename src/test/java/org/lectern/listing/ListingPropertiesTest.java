package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import org.lectern.library.PaperDate;

/** Generated listings: the parser never throws, accounts for every line, and reads well-formed blocks exactly. */
class ListingPropertiesTest {

    @Property(tries = 300)
    void anyTextIsReadWithoutThrowingAndEveryLineIsAccountedFor(@ForAll @StringLength(max = 2000) String text) {
        ParseResult r = Listings.parse(text);
        if (!text.contains("\u0000")) RobustnessTest.assertAccounted(text, r, "generated text");
    }

    @Property(tries = 200)
    void mutatedSeedListingsNeverThrow(@ForAll @IntRange(min = 0, max = 20000) int at,
                                       @ForAll @StringLength(max = 40) String inserted,
                                       @ForAll @IntRange(min = 0, max = 200) int deleted) {
        String seed = Fixtures.text("seed-ernie-and-friends.txt");
        int start = Math.min(at, seed.length());
        int end = Math.min(seed.length(), start + deleted);
        String text = seed.substring(0, start) + inserted + seed.substring(end);
        ParseResult r = Listings.parse(text);
        if (!text.contains("\u0000")) RobustnessTest.assertAccounted(text, r, "mutated seed");
    }

    @Property(tries = 200)
    void wellFormedBlocksAreReadExactly(@ForAll("papers") List<Generated> papers) {
        StringBuilder text = new StringBuilder();
        for (Generated p : papers) {
            if (p.upvotes != null) text.append(p.upvotes).append('\n');
            text.append(p.title).append('\n').append(p.abstractText).append('\n')
                    .append(p.authors).append(p.authors == 1 ? " author · " : " authors · ")
                    .append(p.date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH))
                    .append(' ').append(p.date.getDayOfMonth()).append(", ").append(p.date.getYear())
                    .append(p.comments == null ? "" : " " + p.comments).append("\n\n");
        }
        ParseResult r = Listings.parse(text.toString());
        assertEquals(List.of(), r.diagnostics(), text.toString());
        assertEquals(papers.size(), r.papers().size());
        for (int i = 0; i < papers.size(); i++) {
            Generated want = papers.get(i);
            ParsedPaper got = r.papers().get(i);
            assertEquals(want.title, got.title());
            assertEquals(want.abstractText, got.abstractText());
            assertEquals(want.upvotes, got.upvotes());
            assertEquals(want.authors, got.authors());
            assertEquals(PaperDate.day(want.date), got.published());
            assertEquals(want.comments, got.comments());
        }
    }

    record Generated(Integer upvotes, String title, String abstractText, int authors, LocalDate date, Integer comments) {
    }

    @Provide
    Arbitrary<List<Generated>> papers() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10);
        Arbitrary<String> titleWord = word.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        Arbitrary<String> title = titleWord.list().ofMinSize(2).ofMaxSize(12).map(ws -> String.join(" ", ws));
        Arbitrary<String> abstractText = word.list().ofMinSize(5).ofMaxSize(120)
                .map(ws -> "We " + String.join(" ", ws) + ".");
        Arbitrary<Generated> paper = Combinators.combine(
                Arbitraries.integers().between(0, 999).injectNull(0.3), title, abstractText,
                Arbitraries.integers().between(1, 60),
                Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2018, 1, 1).plusDays(d)),
                Arbitraries.integers().between(1, 99).injectNull(0.6))
                .as(Generated::new);
        return paper.list().ofMinSize(1).ofMaxSize(8);
    }
}
