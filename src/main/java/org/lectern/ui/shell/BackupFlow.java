package org.lectern.ui.shell;

import java.nio.file.Path;

import org.lectern.store.Backups;
import org.lectern.store.Library;
import org.lectern.ui.backup.BackupEntry;
import org.lectern.ui.backup.RestoreSheet;
import org.lectern.ui.detail.DetailPane;
import org.lectern.ui.window.StatusBar;
import org.lectern.ui.window.WindowParts;

/** Backing up now, and restoring: the list of backups over the window, then the chosen one replaces the library. */
public final class BackupFlow extends SheetFlow<RestoreSheet> {
    private final Library library;

    BackupFlow(Library library, WindowParts window) {
        super(window, RestoreSheet::view, RestoreSheet::focus);
        this.library = library;
    }

    private DetailPane detail() {
        return window.view().detail();
    }

    /** Writes a backup of the library now (the pending note first); the status bar says where. */
    public void backUpNow() {
        detail().flushNote();
        window.background().run("Backing up", () -> Backups.create(library, "manual"),
                file -> window.status().keep("Backed up to " + file.toAbsolutePath()),
                e -> window.status().fail("The backup failed: " + StatusBar.reason(e)));
    }

    /** Makes the day's first backup, quietly unless it fails, beside the window's other work. */
    void daily() {
        window.background().aside(null, () -> {
            Backups.daily(library);
            return null;
        }, ok -> { }, e -> window.status().fail("The daily backup could not be made: " + StatusBar.reason(e)));
    }

    /** Lists the backups over the window; the chosen one replaces the library after a confirmation. */
    public void showRestore() {
        if (sheet() != null) return;
        detail().flushNote();
        open("Listing backups", () -> BackupEntry.of(library.file()),
                backups -> new RestoreSheet(window.overlays().keys(), backups, this::restoreFrom, this::close),
                "The backups could not be listed: ");
    }

    private void restoreFrom(BackupEntry backup) {
        close();
        detail().flushNote();
        window.background().run("Restoring from a backup", () -> {
            Path kept = Backups.restore(library, backup.file());
            window.changes().forgetAll(); // the changes it remembers were made to a library that is gone
            return kept;
        }, kept -> {
            window.status().keep("Restored the library as it was on " + backup.when() + "; what it replaced is kept in " + kept.toAbsolutePath());
            window.view().refreshAll();
        }, e -> window.status().fail("The restore failed, the library is as it was: " + StatusBar.reason(e)));
    }
}
