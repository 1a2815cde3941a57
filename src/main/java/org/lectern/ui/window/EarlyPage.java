package org.lectern.ui.window;

/**
 * The window's first page, read in the background while the window is made and styled: shown as soon
 * as the scene is in its stage when it is read by then (so no frame is drawn without its rows), else
 * when its read hands it over; a page handed over before the window is in its stage waits for it.
 * Shown once either way.
 */
final class EarlyPage {
    /** Shows the page read: set in the background, run on the FX thread. */
    private volatile Runnable show;
    private boolean taken;
    private boolean installed;

    /** The page is read; {@code show} shows it (background). */
    void read(Runnable show) {
        this.show = show;
    }

    /** Whether the page is read and not shown yet. */
    boolean waiting() {
        return show != null && !taken;
    }

    /** The window is in its stage: the page shows as soon as it is read (FX thread). */
    void install() {
        installed = true;
    }

    /** Whether the window is in its stage; until then a page read waits for it (FX thread). */
    boolean installed() {
        return installed;
    }

    /** Shows the page now if it is read (FX thread). */
    void showIfRead() {
        Runnable s = show;
        if (s != null) s.run();
    }

    /** The first of the two ways to show the page takes it; the other is told no (FX thread). */
    boolean take() {
        show = null;
        if (taken) return false;
        taken = true;
        return true;
    }
}
