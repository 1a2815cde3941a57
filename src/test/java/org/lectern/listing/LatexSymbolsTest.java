package org.lectern.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LatexSymbolsTest {
    @Test
    void theTablesComeFromTheResourceWithTheirHiddenCharactersDecoded() {
        assertEquals('\u0308', LatexSymbols.ACCENTS.get("\""));
        assertEquals(" ", LatexSymbols.WORDS.get("quad"));
        assertEquals("\\", LatexSymbols.WORDS.get("textbackslash"));
        assertEquals("α", LatexSymbols.WORDS.get("alpha"));
        assertTrue(LatexSymbols.LETTERS.contains("ss"));
        assertTrue(LatexSymbols.DROP_ARGUMENT.contains("href"));
    }

    @Test
    void aPlainWordMapsToItselfAndCommentsAreSkipped() {
        Map<String, Map<String, String>> t = LatexSymbols.parse(List.of("# a comment", "[letters]", "ae", "", "[words]", "pi\tπ"));
        assertEquals(Map.of("ae", "ae"), t.get("letters"));
        assertEquals(Map.of("pi", "π"), t.get("words"));
    }

    @Test
    void aWrongLineIsNamedByItsNumberAndCause() {
        assertEquals(LatexSymbols.RESOURCE + ":3: 'pi' is given twice", assertThrows(IllegalStateException.class,
                () -> LatexSymbols.parse(List.of("[words]", "pi\tπ", "pi\tΠ"))).getMessage());
        assertEquals(LatexSymbols.RESOURCE + ":2: 'U+ZZ' is not a character code (U+ and hex digits)",
                assertThrows(IllegalStateException.class, () -> LatexSymbols.parse(List.of("[accents]", "x\tU+ZZ"))).getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> LatexSymbols.parse(List.of("[maths]")))
                .getMessage().startsWith(LatexSymbols.RESOURCE + ":1: unknown section [maths]"));
        assertEquals(LatexSymbols.RESOURCE + ":1: an entry before any [section]",
                assertThrows(IllegalStateException.class, () -> LatexSymbols.parse(List.of("pi\tπ"))).getMessage());
    }
}
