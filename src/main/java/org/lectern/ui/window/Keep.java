package org.lectern.ui.window;

/** Which paper the table selects when a reload's rows arrive. */
public sealed interface Keep {
    /** Whichever paper is selected when the rows arrive (a key may have moved on meanwhile). */
    record Selection() implements Keep {
    }

    /** This paper, or its successor when it left the view. */
    record Paper(long id) implements Keep {
    }

    /** Nothing in particular: the first row. */
    record Top() implements Keep {
    }

    Keep SELECTION = new Selection();
    Keep TOP = new Top();

    /** {@code id} when there is one (not negative), else the top. */
    static Keep paper(long id) {
        return id >= 0 ? new Paper(id) : TOP;
    }
}
