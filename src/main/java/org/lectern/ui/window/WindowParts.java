package org.lectern.ui.window;

import org.lectern.ui.Background;

/**
 * The parts of the window a flow works through, handed to it as one: where it runs work, the door
 * for its changes, the view it reloads, the sheets it opens, the status line it speaks in.
 */
public record WindowParts(Background background, Changes changes, LibraryView view, Overlays overlays, StatusBar status) {
}
