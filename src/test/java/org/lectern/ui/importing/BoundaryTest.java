package org.lectern.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BoundaryTest {
    @Test
    void leftMovesTheTitlesLastWordIntoTheAbstract() {
        var s = Boundary.left("Scaling Laws Recent", "work shows that");
        assertEquals("Scaling Laws", s.title());
        assertEquals("Recent work shows that", s.abstractText());
    }

    @Test
    void rightMovesTheAbstractsFirstWordIntoTheTitle() {
        var s = Boundary.right("Scaling", "Laws Recent work");
        assertEquals("Scaling Laws", s.title());
        assertEquals("Recent work", s.abstractText());
    }

    @Test
    void movesThereAndBackAreInverse() {
        var there = Boundary.right("A Title", "Abstract words here");
        var back = Boundary.left(there.title(), there.abstractText());
        assertEquals("A Title", back.title());
        assertEquals("Abstract words here", back.abstractText());
    }

    @Test
    void theEdgesStay() {
        assertEquals("Word", Boundary.left("Word", "rest").title());
        var last = Boundary.right("Title", "single");
        assertEquals("Title single", last.title());
        assertEquals("", last.abstractText());
        assertEquals("Title single", Boundary.right(last.title(), last.abstractText()).title());
        assertEquals("Word", Boundary.left("Word", "").title());
    }
}
