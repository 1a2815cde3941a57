package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.listing.ParsedPaper;

/** {@code lectern list --search} with a search it cannot read says why, instead of listing every paper. */
class UnreadableSearchCommandTest {
    @TempDir
    Path dir;

    private Path library() {
        return Cli.library(dir, List.of(
                new ParsedPaper(1, null, "Neural Speech Synthesis", "We synthesize speech from text.", 2, null, null, null, null, 1, null),
                new ParsedPaper(2, null, "Graph Networks", "Message passing over molecules.", 2, null, null, null, null, 1, null)));
    }

    @Test
    void aSearchOfNotAloneIsAnErrorThatSaysWhy() {
        Path file = library();
        Cli.Result r = Cli.run(file, "list", "--search", "NOT", "--format", "ids");
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("“NOT” needs a word before it"), r.err());
    }

    @Test
    void anUnclosedQuoteIsThePhraseAsTypedSoFar() {
        Path file = library();
        Cli.Result r = Cli.run(file, "list", "--search", "\"speech synth", "--format", "ids");
        assertEquals(0, r.code(), r.err());
        assertEquals("1", r.out().strip());
    }
}
