package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lectern.library.Titles;

class TextIdentityTest {
    @Test
    void thePlainTextShortcutGivesTheSameKeysAsTitles() {
        SplittableRandom r = new SplittableRandom(5);
        String alphabet = "aZ09 .'-:,;!?()[]{}\"/\\\t\n_+=~`@#$%^&*|<>Qx";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int len = r.nextInt(40);
            for (int i = 0; i < len; i++) s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            assertEquals(Titles.key(s.toString()), TextIdentity.key(s.toString()), "for '" + s + "'");
        }
        assertEquals(Titles.key("Caf\u00e9 \u2014 Don\u2019t"), TextIdentity.key("Caf\u00e9 \u2014 Don\u2019t"));
    }

    @Test
    void wordsMovedBetweenTitleAndAbstractKeepTheTextKey() {
        assertEquals(TextIdentity.textHash("ERNIE 2.0: A Continual", "Pre-training framework."),
                TextIdentity.textHash("ERNIE 2.0", "A continual pre-training framework"));
        assertNotEquals(TextIdentity.textHash("ERNIE 2.0", "A framework"), TextIdentity.textHash("ERNIE 3.0", "A framework"));
    }

    @Test
    void theStoredHashNeverChanges() {
        // libraries keep this value in paper.text_hash: a different function would make every paper look new
        assertEquals(-3_162_087_231_357_262_650L, TextIdentity.hash("quokka"));
    }

    @Test
    void arxivIdsLoseTheirVersionAndPrefix() {
        assertEquals("2401.01234", TextIdentity.arxivId(" arXiv:2401.01234v12 "));
        assertEquals("hep-th/9901001", TextIdentity.arxivId("hep-th/9901001v2"));
        assertEquals(null, TextIdentity.arxivId("  "));
    }
}
