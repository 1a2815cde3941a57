package org.lectern.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke tests of the built runtime image: the real launcher, started as a separate process, the way a
 * reader or a script starts it. Run by failsafe after {@code package}; the image comes from the system
 * property {@code lectern.image} (default {@code target/lectern}), and with {@code lectern.appImage}
 * set (the installer profile sets it) the jpackage app image's launcher is tried too.
 */
class LauncherIT {
    private static final long TIMEOUT_SECONDS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path IMAGE = Path.of(System.getProperty("lectern.image", "target/lectern"));
    private static final Path JLINK_CFG = Path.of(System.getProperty("lectern.jlinkCfg", "jlink.cfg"));

    @TempDir
    Path dir;

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        Result r = run(launcher(), "--version");
        assertEquals(0, r.exit, r::describe);
        String expected = System.getProperty("lectern.version");
        if (expected != null && !expected.isBlank()) {
            assertEquals("Lectern " + expected, r.out.strip(), r::describe);
        } else {
            assertTrue(r.out.strip().matches("Lectern \\d+\\.\\d+\\.\\d+.*"), r::describe);
        }
    }

    @Test
    void exportOfANewLibraryIsAnEmptyJsonList() throws Exception {
        Path library = dir.resolve("library.db");
        Result r = run(launcher(), "--library", library.toString(), "export", "--format", "json");
        assertEquals(0, r.exit, r::describe);
        JsonNode papers = JSON.readTree(r.out);
        assertTrue(papers.isArray(), r::describe);
        assertEquals(0, papers.size(), r::describe);
        assertTrue(Files.exists(library), "the library file is created");
    }

    /** Two processes opening one new library at once (a second launch, a script beside the window). */
    @Test
    void twoProcessesOnOneNewLibraryBothSucceed() throws Exception {
        Path library = dir.resolve("library.db");
        List<Process> processes = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("out-" + i + ".txt");
            outs.add(out);
            processes.add(new ProcessBuilder(launcher().toString(), "--library", library.toString(),
                    "export", "--format", "json")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start());
        }
        for (int i = 0; i < 2; i++) {
            Process p = processes.get(i);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("process " + i + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String out = Files.readString(outs.get(i));
            assertEquals(0, p.exitValue(), out);
            assertEquals(0, JSON.readTree(out).size(), out);
        }
    }

    /** The image is what jlink.cfg says: changing the file changes what the build makes. */
    @Test
    void imageFollowsJlinkCfg() throws IOException {
        List<String> options = jlinkOptions();
        Properties release = new Properties();
        try (var in = Files.newBufferedReader(IMAGE.resolve("release"))) {
            release.load(in);
        }
        Set<String> modules = Set.of(release.getProperty("MODULES", "").replace("\"", "").trim().split("\\s+"));
        for (String m : optionValues(options, "--add-modules")) {
            for (String name : m.split(",")) {
                assertTrue(modules.contains(name), "module " + name + " from jlink.cfg is in the image: " + modules);
            }
        }
        for (String launcher : optionValues(options, "--launcher")) {
            String name = launcher.substring(0, launcher.indexOf('='));
            assertTrue(Files.exists(IMAGE.resolve("bin").resolve(name)) || Files.exists(IMAGE.resolve("bin").resolve(name + ".bat")),
                    "launcher " + name + " from jlink.cfg is in the image");
        }
        assertEquals(options.contains("--no-header-files"), !Files.exists(IMAGE.resolve("include")),
                "include/ is absent exactly when jlink.cfg says --no-header-files");
        assertEquals(options.contains("--no-man-pages"), !Files.exists(IMAGE.resolve("man")),
                "man/ is absent exactly when jlink.cfg says --no-man-pages");
        boolean cds = options.contains("--generate-cds-archive");
        try (Stream<Path> files = Files.walk(IMAGE.resolve("lib"))) {
            boolean hasArchive = files.anyMatch(f -> f.getFileName().toString().equals("classes.jsa"));
            assertEquals(cds, hasArchive, "lib/server/classes.jsa is there exactly when jlink.cfg says --generate-cds-archive");
        }
    }

    /** With class-data sharing on, the archive holds the app's own classes too (src/packaging/classlist), not only the JDK's. */
    @Test
    void theArchiveHoldsTheClassesTheWindowLoads() throws Exception {
        assumeTrue(jlinkOptions().contains("--generate-cds-archive"), "jlink.cfg asks for no archive");
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        Path java = IMAGE.resolve("bin").resolve(windows ? "java.exe" : "java");
        Result r = run(java, "-Xshare:on", "-Xlog:class+load=info", "-m", "org.lectern/org.lectern.app.Main", "--version");
        assertEquals(0, r.exit, r::describe);
        for (String cls : List.of("org.lectern.app.Main", "picocli.CommandLine")) {
            assertTrue(r.out.lines().anyMatch(l -> l.contains(" " + cls + " source: shared objects file")),
                    cls + " comes from the archive" + r.describe());
        }
    }

    /** The JVM options jlink.cfg adds are the ones the image's JVM runs with, and the ones the pom gives tests. */
    @Test
    void imageRunsWithTheOptionsOfJlinkCfg() throws Exception {
        Set<String> added = optionValues(jlinkOptions(), "--add-options");
        assertEquals(String.join(" ", added), System.getProperty("lectern.appJvmOptions", String.join(" ", added)),
                "jlink.cfg and the pom's app.jvm.options name the same options");
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        Path java = IMAGE.resolve("bin").resolve(windows ? "java.exe" : "java");
        Result r = run(java, "-XX:+PrintFlagsFinal", "-version");
        assertEquals(0, r.exit, r::describe);
        for (String options : added) {
            for (String option : options.split("\\s+")) {
                String name;
                String value;
                if (option.startsWith("-Xmx")) { // the heap cap, in bytes as the JVM prints it
                    name = "MaxHeapSize";
                    value = Long.toString(bytes(option.substring(4)));
                } else if (option.startsWith("-XX:+") || option.startsWith("-XX:-")) {
                    name = option.substring(5);
                    value = Boolean.toString(option.charAt(4) == '+');
                } else if (option.startsWith("-XX:") && option.contains("=")) {
                    name = option.substring(4, option.indexOf('='));
                    value = option.substring(option.indexOf('=') + 1);
                } else {
                    continue;
                }
                assertTrue(r.out.lines().anyMatch(l -> l.trim().matches("\\S+\\s+" + name + "\\s+= " + value + "\\s.*")),
                        "the image's JVM runs with " + option + r.describe());
            }
        }
    }

    @Test
    void appImageLauncherPrintsTheVersion() throws Exception {
        String appImage = System.getProperty("lectern.appImage", "");
        assumeTrue(!appImage.isBlank(), "no app image to try (set lectern.appImage, as -Pinstaller does)");
        Path root = Path.of(appImage);
        Path launcher = Stream.of("bin/Lectern", "Lectern.exe", "Contents/MacOS/Lectern")
                .map(root::resolve).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new AssertionError("no launcher in " + root));
        Result r = run(launcher, "--version");
        assertEquals(0, r.exit, r::describe);
        assertTrue(r.out.strip().startsWith("Lectern "), r::describe);
    }

    private static Path launcher() {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        Path launcher = IMAGE.resolve("bin").resolve(windows ? "lectern.bat" : "lectern");
        assertTrue(Files.isRegularFile(launcher), "the image's launcher " + launcher + " exists (run mvn package first)");
        return launcher;
    }

    /** jlink.cfg as jlink reads it: whitespace-separated words, # comments, "quoted" words. */
    private static List<String> jlinkOptions() throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(JLINK_CFG, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            // a "quoted" run of words is one word (--add-options="-Xmx256m -XX:MaxGCPauseMillis=20")
            Matcher m = Pattern.compile("(?:[^\\s\"]|\"[^\"]*\")+").matcher(s);
            while (m.find()) words.add(m.group().replace("\"", ""));
        }
        // --opt=value and --opt value name the same thing
        List<String> options = new ArrayList<>();
        for (String w : words) {
            int eq = w.indexOf('=');
            if (w.startsWith("--") && eq > 0 && !w.startsWith("--launcher")) {
                options.add(w.substring(0, eq));
                options.add(w.substring(eq + 1));
            } else {
                options.add(w);
            }
        }
        return options;
    }

    // a JVM size: 256m, 1g, 262144k, or bytes
    private static long bytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long n = Long.parseLong(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1));
        return switch (unit) {
            case 'k' -> n << 10;
            case 'm' -> n << 20;
            case 'g' -> n << 30;
            default -> n;
        };
    }

    private static Set<String> optionValues(List<String> options, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i);
            if (o.equals(name) && i + 1 < options.size()) values.add(options.get(i + 1));
            else if (o.startsWith(name + "=")) values.add(o.substring(name.length() + 1));
        }
        return values;
    }

    private Result run(Path launcher, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(Arrays.asList(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(command, p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(List<String> command, int exit, String out, String err) {
        String describe() {
            return String.join(" ", command) + " exited " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
