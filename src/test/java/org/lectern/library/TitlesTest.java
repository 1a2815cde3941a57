package org.lectern.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void caseAccentsPunctuationAndSpacingDoNotCount() {
        assertEquals(Titles.key("ERNIE 2.0: A Continual Pre-training Framework"),
                Titles.key("  ernie 2.0 — a continual pre training   framework "));
        assertEquals(Titles.key("Café Models"), Titles.key("cafe models"));
        assertNotEquals(Titles.key("ERNIE 2.0"), Titles.key("ERNIE 3.0"));
    }
}
