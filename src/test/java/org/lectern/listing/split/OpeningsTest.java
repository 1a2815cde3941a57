package org.lectern.listing.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The training papers made for an abstract that opens with a title word before a capitalised run. */
class OpeningsTest {
    private static final String RUN = "Large Language Models (LLMs) have changed how people write. We study why.";

    /** Titles that offer "Scaling" and "Editing" as "-ing" words and "Large Language" as a pair. */
    private static List<Corpus.Paper> titles() {
        List<Corpus.Paper> papers = new ArrayList<>();
        String[] titles = {"Scaling Large Language Models", "Efficient Large Language Models for Code", "Robust Graph Neural Networks",
            "Knowledge Editing in Large Language Models", "Scaling Graph Transformers", "Efficient Graph Transformers",
            "Editing Robust Vision Models", "Scaling Efficient Inference", "Robust Efficient Large Language Models", "Model Editing"};
        for (int i = 0; i < titles.length; i++) {
            papers.add(new Corpus.Paper("2501.0000" + i, titles[i], "We present a method. It works well."));
        }
        return papers;
    }

    @Test
    void anIngWordFromTheTitlesIsPutBeforeAnOpeningRunAndItsPluralVerbMadeSingular() {
        Openings openings = Openings.of(titles());
        assertEquals(2, openings.gerunds(), "Scaling and Editing stand capitalised in three titles or more; Knowledge does not end in -ing");
        List<Corpus.Paper> source = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            source.add(new Corpus.Paper("2502." + i, "A Title Number " + i, RUN));
        }
        List<Corpus.Paper> made = openings.make(source, 1.0, 5);
        assertEquals(40, made.size(), "every abstract opening with a pair the titles hold, before a plural verb, is made once");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < made.size(); i++) {
            Corpus.Paper p = made.get(i);
            assertEquals(source.get(i).title(), p.title());
            String first = p.abstractText().substring(0, p.abstractText().indexOf(' '));
            seen.add(first);
            assertEquals(RUN.replace("(LLMs) have", "(LLMs) has"), p.abstractText().substring(first.length() + 1),
                    "a gerund subject is singular");
        }
        assertEquals(Set.of("Scaling", "Editing"), seen);
    }

    @Test
    void anOpeningWithoutTheSignIsLeftAlone() {
        Openings openings = Openings.of(titles());
        List<Corpus.Paper> source = List.of(
                new Corpus.Paper("1", "A Title", "While Large Language Models (LLMs) have grown, they err."),
                new Corpus.Paper("2", "A Title", "Scaling Large Language Models (LLMs) is costly. We study it."),
                new Corpus.Paper("3", "A Title", "We study Large Language Models (LLMs) here and there."),
                new Corpus.Paper("4", "A Title", "Large Language Models (LLMs) is a field where models have grown."),
                new Corpus.Paper("5", "A Title", "Large Language Models (LLMs), which we study, have grown."),
                new Corpus.Paper("6", "A Title", "Large Language Models (LLMs) and Robust Graph Models have grown."));
        assertTrue(openings.make(source, 1.0, 5).isEmpty(),
                "a clause word first, an -ing opening already, a lower-case opening, a singular verb, a comma, another clause");
    }

    @Test
    void theSameSeedMakesTheSamePapersAndTheShareIsKept() throws IOException {
        List<Corpus.Paper> sample = SplitterTrainingTest.sample();
        Openings openings = Openings.of(sample);
        List<Corpus.Paper> all = openings.make(sample, 1.0, 13);
        assertFalse(all.isEmpty(), "the sample has abstracts opening with a capitalised run its titles hold");
        assertEquals(all, openings.make(sample, 1.0, 13));
        assertNotEquals(all, openings.make(sample, 1.0, 14));
        assertTrue(openings.make(sample, 0.0, 13).isEmpty());
        List<Corpus.Paper> half = openings.make(sample, 0.5, 13);
        assertTrue(half.size() < all.size() && all.containsAll(half), half.size() + " of " + all.size());
    }
}
