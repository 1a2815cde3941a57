package org.lectern.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A family's kind as the library file stores it, and what an accepted proposal becomes. */
class FamilyKindTest {
    @Test
    void everyKindReadsBackFromItsStoredWord() {
        for (FamilyKind k : FamilyKind.values()) assertEquals(k, FamilyKind.parse(k.key()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FamilyKind.parse("cluster"));
        assertEquals("unknown family kind 'cluster'", e.getMessage());
    }

    @Test
    void aModelProposalPlacesByNameAndATopicByText() {
        assertEquals(FamilyKind.MODEL, FamilyKind.ofProposal("model"));
        assertEquals(FamilyKind.TOPIC, FamilyKind.ofProposal("topic"));
        assertEquals("model-name", FamilyKind.MODEL.automaticSource());
        assertEquals("topic", FamilyKind.TOPIC.automaticSource());
        assertEquals("topic", FamilyKind.READER.automaticSource());
    }

    @Test
    void newFamiliesTakeTheSwatchesInTurn() {
        assertEquals("#4e79a7", FamilySwatch.forFamily(0));
        assertEquals(FamilySwatch.forFamily(3), FamilySwatch.forFamily(3 + FamilySwatch.ALL.size()));
    }
}
