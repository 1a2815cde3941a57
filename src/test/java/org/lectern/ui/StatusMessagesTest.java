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
    private static final int NOTICE_MS = 4000;

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

    @Test
    void whatWasDoneGoesByItself() {
        on(() -> bar.say("Copied the title and link"));
        assertEquals("Copied the title and link", said());
        assertFalse(problem());
        until("the message goes", () -> said().isEmpty());
    }

    @Test
    void aLaterMessageHasItsOwnTime() throws InterruptedException {
        on(() -> bar.say("Saved the edit"));
        Thread.sleep(NOTICE_MS * 7 / 10);
        on(() -> bar.say("Deleted the paper"));
        // past the first message's time, well within the second's
        Thread.sleep(NOTICE_MS * 4 / 10);
        assertEquals("Deleted the paper", said(), "the first message's time does not cut the second short");
        until("the second goes too", () -> said().isEmpty());
    }

    @Test
    void whatWentWrongStaysUntilTheNextMessage() throws InterruptedException {
        on(() -> bar.say("Looking for families…"));
        on(() -> bar.fail("The export failed: the disk is full"));
        assertTrue(problem(), "said as a problem");
        Thread.sleep(NOTICE_MS * 3 / 2);
        assertEquals("The export failed: the disk is full", said());

        on(() -> bar.say("Exported 3 papers to list.bib"));
        assertFalse(problem(), "the next message is no problem");
        until("that one goes by itself", () -> said().isEmpty());
    }

    @Test
    void whereAFileWentStays() throws InterruptedException {
        on(() -> bar.fail("The backup failed: the disk is full"));
        on(() -> bar.say("Looking for families…"));
        on(() -> bar.keep("Backed up to /home/reader/backups/library-2026-12-04.db"));
        assertFalse(problem(), "no problem");
        Thread.sleep(NOTICE_MS * 3 / 2);
        assertEquals("Backed up to /home/reader/backups/library-2026-12-04.db", said(), "the earlier message's time does not end it");
    }
}
