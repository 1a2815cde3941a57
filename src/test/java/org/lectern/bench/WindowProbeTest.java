package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lectern.ui.StartupTrace;

/** The probe waits for the very words the window prints when its first rows are shown. */
class WindowProbeTest {
    @Test
    void waitsForTheWindowsOwnFirstRowsLine() {
        assertEquals(StartupTrace.FIRST_ROWS, WindowProbe.FIRST_ROWS);
    }
}
