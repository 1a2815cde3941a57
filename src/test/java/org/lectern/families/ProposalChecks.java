package org.lectern.families;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What every set of proposals must satisfy, whatever the listing. */
final class ProposalChecks {

    private ProposalChecks() {
    }

    /**
     * No two proposals share a name (in any case); a topic's name and reason words are whole words of its
     * members' text, cut at spaces and stripped of the punctuation around them; a name is neither a number
     * nor a code of under three letters.
     */
    static void namesAreOwnAndWhole(List<Proposal> ps, List<Document> docs) {
        Set<String> names = new HashSet<>();
        for (Proposal p : ps) {
            assertTrue(names.add(p.name().toLowerCase(Locale.ROOT)), "two proposals named " + p.name() + ": " + ps);
            if (!p.kind().equals("topic")) {
                continue;
            }
            Set<String> words = wordsOf(docs, p.members());
            for (String w : p.name().split(" ")) {
                assertTrue(words.contains(w.toLowerCase(Locale.ROOT)), "'" + w + "' of the name " + p.name()
                        + " is not a word the members write");
            }
            long letters = p.name().chars().filter(Character::isLetter).count();
            assertTrue(letters >= 3, "name " + p.name());
            assertFalse(p.name().matches("[0-9 .-]+"), "name " + p.name());
            for (String reason : p.reason()) {
                for (String w : reason.split(" ")) {
                    assertTrue(words.contains(w.toLowerCase(Locale.ROOT)), "reason word '" + w + "' of " + p.name()
                            + " is a piece of a word, not a word the members write: " + p.reason());
                }
            }
        }
    }

    private static Set<String> wordsOf(List<Document> docs, List<Long> ids) {
        Set<Long> members = new HashSet<>(ids);
        Set<String> out = new HashSet<>();
        for (Document d : docs) {
            if (!members.contains(d.id())) {
                continue;
            }
            for (String piece : (d.title() + " " + d.abstractText()).toLowerCase(Locale.ROOT).split("\\s+")) {
                out.add(piece.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""));
            }
        }
        return out;
    }
}
