package org.lectern.listing.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** The agreement code tells a gerund subject from a plural one before a bracketed acronym, and stays out of other sentences. */
class AgreementTest {
    private static int code(String run, int k) {
        Tokens t = new Tokens(run);
        return Agreement.at(t, Agreement.verbNumbers(t), k);
    }

    /** How a code reads the run at boundary k. */
    interface Code {
        int at(String run, int k);
    }

    /**
     * Boundary 2 leaves a gerund subject, boundary 3 a plural one, before a singular verb: both read, and
     * differently; the plural subject with a plural verb ({@code agreeing}) is a third reading.
     */
    static void gerundAndPluralReadDifferently(Code code, String run, String agreeing) {
        int gerund = code.at(run, 2);
        int plural = code.at(run, 3);
        assertNotEquals(0, gerund);
        assertNotEquals(0, plural);
        assertNotEquals(gerund, plural);
        assertNotEquals(plural, code.at(agreeing, 3));
    }

    @Test
    void aGerundSubjectAndAPluralSubjectReadDifferently() {
        gerundAndPluralReadDifferently(AgreementTest::code,
                "Domain RAG Pretraining Large Language Models (LLMs) on large corpora is now a standard paradigm.",
                "Domain RAG Pretraining Large Language Models (LLMs) are now a standard paradigm.");
    }

    @Test
    void aVerbOfAnotherClauseDoesNotCount() {
        String run = "Title Words Large Language Models (LLMs) that solve tasks well is what we study.";
        String plain = "Title Words Large Language Models (LLMs) solve tasks well and we study them.";
        assertEquals(code(plain, 2), code(run, 2));
    }

    @Test
    void noCodeWithoutARunIntoABracketedAcronym() {
        assertEquals(0, code("Title Words The use of large language models (LLMs) is growing.", 2));
        assertEquals(0, code("Title Words We study how small models scale with data.", 2));
    }
}
