package org.lectern.cli;

import org.lectern.library.Paper;
import org.lectern.store.Papers;

/** Finds the paper a command-line argument names: an id, an arXiv id or a title. */
final class PaperArgument {
    private PaperArgument() {
    }

    static Paper find(Papers papers, String text) {
        return papers.find(text).orElseThrow(() -> new IllegalArgumentException(
                "no paper with id, arXiv id or title '" + text + "' (see: lectern list)"));
    }
}
