package org.lectern.listing.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The opening-sentence code without a bracket: a gerund subject and a plural one read differently before
 * a singular verb, the head of the subject is the noun before its first preposition, and a comma or a
 * clause word first gives no code.
 */
class OpeningAgreementTest {
    private static int code(String run, int k) {
        Tokens t = new Tokens(run);
        return Agreement.opening(t, Agreement.verbNumbers(t), k);
    }

    @Test
    void aGerundSubjectAndAPluralSubjectReadDifferently() {
        AgreementTest.gerundAndPluralReadDifferently(OpeningAgreementTest::code,
                "Guided Search Proving Shannon-type entropy inequalities is a fundamental task.",
                "Guided Search Proving Shannon-type entropy inequalities are hard to find.");
    }

    @Test
    void theHeadIsTheNounBeforeThePreposition() {
        // "Models with reinforcement learning has": the plural head, not "learning", meets the verb
        int withPhrase = code("Object Grounding Finetuning Large Vision-Language Models with reinforcement learning has emerged.", 3);
        int pluralHead = code("Object Grounding Finetuning Large Vision-Language Models has emerged.", 3);
        int singularHead = code("Object Grounding Finetuning Large Vision-Language Model has emerged.", 3);
        assertEquals(pluralHead, withPhrase);
        assertNotEquals(singularHead, pluralHead);
    }

    @Test
    void noCodeWhenAnotherClauseOrACommaComesFirst() {
        assertEquals(0, code("Title Words Models that people use is what we study.", 2));
        assertEquals(0, code("Title Words Recently, large models is a topic.", 2));
        assertEquals(0, code("Title Words We study how small models scale with data.", 2));
    }

    @Test
    void aBracketRunIntoTheNextWordByADashIsStillABracket() {
        Tokens t = new Tokens("Theory of Mind (ToM)-the ability to infer");
        assertTrue(t.bracketed[3]);
        assertTrue(new Tokens("models (LLMs), which").bracketed[1]);
        assertFalse(new Tokens("the (small) model").bracketed[0]);
        assertFalse(new Tokens("a (b and c)").bracketed[1]);
    }
}
