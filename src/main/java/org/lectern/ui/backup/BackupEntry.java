package org.lectern.ui.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lectern.store.Backups;

/** One backup file as the restore list shows it: when it was written and how large it is. */
public record BackupEntry(Path file, Instant written, long bytes) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** The backups of {@code library}, newest first; reads the disk, so call it off the FX thread. */
    public static List<BackupEntry> of(Path library) {
        List<BackupEntry> out = new ArrayList<>();
        for (Path p : Backups.list(library)) {
            try {
                out.add(new BackupEntry(p, Files.getLastModifiedTime(p).toInstant(), Files.size(p)));
            } catch (IOException e) {
                // removed by a rotation since it was listed: nothing to restore from
            }
        }
        return out;
    }

    public String when() {
        return WHEN.format(written);
    }

    /** "1.4 MB", "312 KB". */
    public String size() {
        if (bytes >= 1024 * 1024) return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    /** Why it was made, from its name: manual, daily, before-restore, … */
    public String reason() {
        String name = file.getFileName().toString().replaceFirst("\\.db$", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-\\d{8}-\\d{6}-\\d{3}-(.+)$").matcher(name);
        return m.find() ? m.group(1).replace('-', ' ') : "";
    }
}
