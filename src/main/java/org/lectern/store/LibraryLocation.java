package org.lectern.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the library file lives when the reader does not say: the platform's per-user data folder. */
public final class LibraryLocation {
    private LibraryLocation() {
    }

    /** {@code explicit} when given, else {@code LECTERN_LIBRARY}, else the platform default. */
    public static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) return explicit;
        String fromEnv = env.get("LECTERN_LIBRARY");
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Lectern").resolve("library.db");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Lectern", "library.db");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("lectern").resolve("library.db");
    }

    /** The library for this process's environment. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
