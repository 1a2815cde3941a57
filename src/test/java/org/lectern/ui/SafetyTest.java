package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lectern.library.NoteRevision;
import org.lectern.library.Status;
import org.lectern.store.Backups;
import org.lectern.store.Papers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Never losing a reader's work: backups restored from the window, note history, note undo, note timing. */
@ExtendWith(ApplicationExtension.class)
class SafetyTest {
    @RegisterExtension
    final WindowFixture fixture = WindowFixture.perTest();

    /** Imports the seed listing behind the window's back, reloads it, and selects the first paper. */
    private long seedAndSelectFirst() throws Exception {
        return fixture.seedAndSelect(0);
    }

    private String storedNote(Connection c, long id) throws java.sql.SQLException {
        return WindowFixture.text(c, "SELECT body FROM note WHERE paper_id = ?", id);
    }

    private void undoOutsideTheNote(FxRobot robot) {
        fx(() -> {
            fixture.window.table().requestFocus();
            return null;
        });
        until("the list to have the focus", () -> fixture.window.table().isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    @Test
    void aBackupIsRestoredFromTheDialogAndWhatItReplacedIsKept(FxRobot robot) throws Exception {
        long id = seedAndSelectFirst();
        fx(() -> {
            fixture.window.backUpNow();
            return null;
        });
        until("the backup", () -> fixture.window.message().getText().startsWith("Backed up to "));
        Path backup = Backups.list(fixture.file).get(0);
        assertTrue(fx(() -> fixture.window.message().getText()).contains(backup.getFileName().toString()),
                "the status bar says where the backup went");

        // change the library after the backup: a note, a status, and a whole paper gone
        Papers papers = new Papers(fixture.library);
        papers.saveNote(id, "written after the backup");
        papers.setStatus(id, Status.READ);
        long last = papers.page(org.lectern.library.PaperFilter.all(), Papers.Sort.ADDED, true, 0, 1).get(0).id();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fixture.file.toAbsolutePath())) {
            c.createStatement().executeUpdate("DELETE FROM paper WHERE id = " + last);
        }
        assertEquals("27", fixture.query("SELECT count(*) FROM paper"));

        fx(() -> {
            fixture.window.showRestore();
            return null;
        });
        until("the backup list", () -> fixture.window.restoreSheet() != null
                && fixture.window.restoreSheet().list().isFocused());
        assertEquals(backup, fx(() -> fixture.window.restoreSheet().list().getItems().get(0).file()), "newest first");
        robot.type(KeyCode.ENTER);
        until("the confirmation", () -> fixture.window.restoreSheet().confirming());
        assertTrue(fx(() -> fixture.window.restoreSheet().question()).contains("current library is kept as a backup first"));
        robot.type(KeyCode.ESCAPE); // steps back to the list, restores nothing
        until("the list again", () -> !fixture.window.restoreSheet().confirming());
        assertEquals("27", fixture.query("SELECT count(*) FROM paper"));
        robot.type(KeyCode.ENTER);
        until("the confirmation", () -> fixture.window.restoreSheet().confirming());
        robot.type(KeyCode.ENTER);

        until("the restore", () -> fixture.window.restoreSheet() == null
                && fixture.window.message().getText().startsWith("Restored the library"));
        // the file itself, read through a new connection, is as it was at the backup
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fixture.file.toAbsolutePath())) {
            assertEquals("28", WindowFixture.text(c, "SELECT count(*) FROM paper"));
            assertEquals(null, storedNote(c, id));
            assertEquals("new", WindowFixture.text(c, "SELECT status FROM paper WHERE id = ?", id));
        }
        // and the library it replaced is kept, whole
        Path kept = Backups.list(fixture.file).stream()
                .filter(p -> p.getFileName().toString().endsWith("-before-restore.db")).findFirst().orElseThrow();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kept.toAbsolutePath())) {
            assertEquals("27", WindowFixture.text(c, "SELECT count(*) FROM paper"));
            assertEquals("written after the backup", storedNote(c, id));
        }
        // the window shows the restored library
        until("the window to reload", () -> fixture.window.table().getItems().size() == 28
                && fixture.window.detail().paper() != null && fixture.window.detail().paper().status() == Status.NEW
                && fixture.window.detail().noteEditor().getText().isEmpty());
        assertTrue(fx(() -> fixture.window.journal().nextUndo().isEmpty()), "nothing from before the restore is undone");
    }

    @Test
    void escapeClosesTheBackupListWithoutRestoring(FxRobot robot) throws Exception {
        seedAndSelectFirst();
        Backups.create(fixture.library, "manual");
        until("the window's own work (the daily backup) to finish", () -> fixture.background.runningProperty().get() == 0);
        int backups = Backups.list(fixture.file).size();
        fx(() -> {
            fixture.window.showRestore();
            return null;
        });
        until("the backup list", () -> fixture.window.restoreSheet() != null
                && fixture.window.restoreSheet().list().isFocused());
        robot.type(KeyCode.ESCAPE);
        until("the list to close", () -> fixture.window.restoreSheet() == null);
        assertEquals(backups, Backups.list(fixture.file).size(), "no restore, so no copy of the library was made");
    }

    @Test
    void anEarlierNoteIsRestoredFromItsHistoryAndTheRestoreUndone(FxRobot robot) throws Exception {
        long id = seedAndSelectFirst();
        Papers papers = new Papers(fixture.library);
        papers.saveNote(id, "first version\nwith a second line");
        papers.saveNote(id, "second version");
        papers.saveNote(id, "third version");
        fx(() -> {
            fixture.window.refreshAll();
            return null;
        });
        until("the current note", () -> fixture.window.detail().noteEditor().getText().equals("third version"));

        // the detail pane's later parts may still be added: find the link on the FX thread, once it is still
        fixture.settle();
        javafx.scene.Node history = fx(() -> robot.lookup("#note-history").query());
        robot.clickOn(history);
        until("the history", () -> fixture.window.noteHistory() != null);
        until("the history's list to have the focus", () -> fixture.window.noteHistory().list().isFocused());
        List<String> shown = fx(() -> fixture.window.noteHistory().list().getItems().stream().map(NoteRevision::body).toList());
        assertEquals(List.of("second version", "first version\nwith a second line"), shown, "newest first");
        assertEquals("second version", fx(() -> fixture.window.noteHistory().text().getText()));
        robot.type(KeyCode.DOWN);
        until("the whole text of the older one", () -> fixture.window.noteHistory().text().getText()
                .equals("first version\nwith a second line"));
        robot.type(KeyCode.ENTER); // Restore this version

        fixture.untilStored("the older note back", c -> "first version\nwith a second line".equals(storedNote(c, id)));
        until("the history to close and the editor to show it", () -> fixture.window.noteHistory() == null
                && fixture.window.detail().noteEditor().getText().equals("first version\nwith a second line"));
        assertEquals("third version", papers.noteRevisions(id).get(0).body(), "the replaced note is a revision now");
        assertEquals("Restore an earlier note", fx(() -> fixture.window.journal().nextUndo().orElseThrow()));

        undoOutsideTheNote(robot);
        fixture.untilStored("the restore undone", c -> "third version".equals(storedNote(c, id)));
        until("the editor to follow", () -> fixture.window.detail().noteEditor().getText().equals("third version"));
    }

    @Test
    void ctrlZOutsideTheNoteTakesBackAStretchOfTyping(FxRobot robot) throws Exception {
        long id = seedAndSelectFirst();
        new Papers(fixture.library).saveNote(id, "earlier note");
        fx(() -> {
            fixture.window.refreshAll();
            return null;
        });
        until("the earlier note", () -> fixture.window.detail().noteEditor().getText().equals("earlier note"));
        robot.clickOn("#note").write(" and a first take");
        fixture.untilStored("the first take", c -> "earlier note and a first take".equals(storedNote(c, id)));
        robot.write(", then more");
        fixture.untilStored("the second take", c -> "earlier note and a first take, then more".equals(storedNote(c, id)));
        until("the save to be in the journal", () -> fixture.window.journal().nextUndo().orElse("").equals("Edit the note"));

        // the pauses within one stretch of typing are one change: undo goes back to before it
        undoOutsideTheNote(robot);
        fixture.untilStored("the stretch undone", c -> "earlier note".equals(storedNote(c, id)));
        until("the editor to show it", () -> fixture.window.detail().noteEditor().getText().equals("earlier note"));
        assertEquals("earlier note and a first take, then more", new Papers(fixture.library).noteRevisions(id).get(0).body(),
                "the undone text is kept as a revision");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        fixture.untilStored("the save redone", c -> "earlier note and a first take, then more".equals(storedNote(c, id)));
    }

    @Test
    void typingIsOnDiskWithinASecondOfTheLastKey(FxRobot robot) throws Exception {
        long id = seedAndSelectFirst();
        AtomicLong lastKey = new AtomicLong();
        fx(() -> {
            fixture.window.detail().noteEditor().textProperty().addListener((o, was, is) -> lastKey.set(System.nanoTime()));
            return null;
        });
        String text = "A kill now must not lose this";
        robot.clickOn("#note").write(text);
        long typed = lastKey.get();
        assertTrue(typed != 0);
        AtomicLong storedAt = new AtomicLong();
        // polled through a connection of its own, as the next start after a kill would read it
        long deadline = typed + TimeUnit.MILLISECONDS.toNanos(1_500);
        try {
            WaitForAsyncUtils.waitFor(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())),
                    TimeUnit.MILLISECONDS, () -> {
                        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fixture.file.toAbsolutePath())) {
                            if (!text.equals(storedNote(c, id))) return false;
                        }
                        storedAt.set(System.nanoTime());
                        return true;
                    });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the note was not in the file 1.5 s after the last key", e);
        }
        assertEquals(typed, lastKey.get(), "no key arrived after the one timed");
        long millis = TimeUnit.NANOSECONDS.toMillis(storedAt.get() - typed);
        assertTrue(millis <= 1_000, "the note reached the file " + millis + " ms after the last key");
    }
}
