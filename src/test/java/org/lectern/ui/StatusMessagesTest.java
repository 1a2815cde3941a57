package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import javafx.css.PseudoClass;
import javafx.util.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lectern.ui.window.StatusBar;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The status bar's message on the real toolkit's clock: what was just done goes by itself, so it does not
 * stay to describe a library that has changed since; what went wrong, and what is worth reading again,
 * stay until the next message.
 */
@ExtendWith(ApplicationExtension.class)
class StatusMessagesTest {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final int NOTICE_MS = 1500;

    private StatusBar bar;

    @BeforeEach
    void bar() {
        bar = fx(() -> {
            StatusBar b = new StatusBar(Background.daemon());
            b.setNoticeTime(Duration.millis(NOTICE_MS));
            return b;
        });
    }

    private static void on(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    private String said() {
        return fx(() -> bar.message().getText());
    }

    private boolean problem() {
        return fx(() -> bar.message().getPseudoClassStates().contains(PROBLEM));
    }

    private boolean fading() {
        return fx(() -> bar.fading());
    }

    @Test
    void whatWasDoneGoesByItself() {
        on(() -> bar.say("Copied the title and link"));
        assertEquals("Copied the title and link", said());
        assertFalse(problem());
        assertTrue(fading());
        until("the message goes", () -> said().isEmpty());
    }

    @Test
    void aLaterMessageHasItsOwnTime() {
        long first = System.nanoTime();
        on(() -> bar.say("Saved the edit"));
        until("most of the first message's time gone", () -> System.nanoTime() - first > NOTICE_MS * 700_000L);
        long second = System.nanoTime();
        on(() -> bar.say("Deleted the paper"));
        until("the second message goes", () -> said().isEmpty());
        // had the first message's time run on, the second would have gone after 0.3 of its own
        assertTrue(System.nanoTime() - second >= NOTICE_MS * 900_000L, "the second message had its whole time");
    }

    @Test
    void whatWentWrongStaysUntilTheNextMessage() {
        on(() -> bar.say("Looking for families…"));
        on(() -> bar.fail("The export failed: the disk is full"));
        assertTrue(problem(), "said as a problem");
        assertFalse(fading(), "the earlier message's time does not end it");
        assertEquals("The export failed: the disk is full", said());

        on(() -> bar.say("Exported 3 papers to list.bib"));
        assertFalse(problem(), "the next message is no problem");
        until("that one goes by itself", () -> said().isEmpty());
    }

    @Test
    void whereAFileWentStays() {
        on(() -> bar.fail("The backup failed: the disk is full"));
        on(() -> bar.say("Looking for families…"));
        on(() -> bar.keep("Backed up to /home/reader/backups/library-2026-12-04.db"));
        assertFalse(problem(), "no problem");
        assertFalse(fading(), "the earlier message's time does not end it");
        assertEquals("Backed up to /home/reader/backups/library-2026-12-04.db", said());
    }
}
