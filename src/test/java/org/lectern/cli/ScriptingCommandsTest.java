package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The command line as a scripting tool: options anywhere, formats for pipes, honest help and exit codes. */
class ScriptingCommandsTest extends CliLibraryTest {
    ScriptingCommandsTest() {
        super(dir -> Cli.library(dir, Cli.alphaBetaGamma(50, 9)));
    }

    @BeforeEach
    void setStatuses() {
        Cli.run(file, "status", "Alpha Paper", "queued");
        Cli.run(file, "status", "Beta Paper", "read");
    }

    @Test
    void theLibraryMayBeNamedAfterTheCommand() {
        Cli.Result r = Cli.raw("list", "--format", "ids", "--library", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().strip().lines().count(), r.out());
        Cli.Result nested = Cli.raw("queue", "--library", file.toString());
        assertTrue(nested.out().contains("Alpha Paper"), nested.out() + nested.err());
    }

    @Test
    void everyCommandsHelpNamesTheLibraryAndItsExitCodes() {
        List<String> missing = new ArrayList<>();
        CommandLine root = LecternCommand.commandLine(p -> { });
        walk(root, new ArrayList<>(), missing);
        assertEquals(List.of(), missing);
    }

    @Test
    void theTopHelpListsEveryExitCodeItsCommandsUse() throws Exception {
        Path empty = file.resolveSibling("empty.txt");
        Files.writeString(empty, "");
        Cli.Result nothing = Cli.run(file, "import", empty.toString());
        assertEquals(1, nothing.code(), nothing.out() + nothing.err());

        String help = Cli.raw("--help").out();
        String codes = help.substring(help.indexOf("Exit codes:"));
        List<String> unlisted = new ArrayList<>();
        everyCode(LecternCommand.commandLine(p -> { }), code -> {
            if (!codes.lines().anyMatch(l -> l.strip().startsWith(code + " "))) unlisted.add(code);
        });
        assertEquals(List.of(), unlisted, help);
        String one = codes.lines().filter(l -> l.strip().startsWith("1 ")).findFirst().orElseThrow();
        assertTrue(one.contains("lectern import: nothing at all could be read"), codes);
    }

    private static void everyCode(CommandLine cmd, java.util.function.Consumer<String> code) {
        cmd.getCommandSpec().usageMessage().exitCodeList().keySet().forEach(k -> code.accept(k.strip()));
        cmd.getSubcommands().values().forEach(sub -> everyCode(sub, code));
    }

    private static void walk(CommandLine cmd, List<String> path, List<String> missing) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        Cli.Result help = Cli.raw(args.toArray(String[]::new));
        String name = path.isEmpty() ? "lectern" : String.join(" ", path);
        if (help.code() != 0 || !help.out().contains("--library") || !help.out().contains("Exit codes:")
                || !help.out().contains("2 ")) {
            missing.add(name);
        }
        for (var e : cmd.getSubcommands().entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            walk(e.getValue(), sub, missing);
        }
    }

    @Test
    void listTakesSeveralStatusesASortALimitAndAFormat() throws Exception {
        Cli.Result ids = Cli.run(file, "list", "--status", "queued,read", "--sort", "-upvotes", "--format", "ids");
        assertEquals(0, ids.code(), ids.err());
        List<String> lines = ids.out().strip().lines().toList();
        assertEquals(2, lines.size(), ids.out());
        Cli.Result tsv = Cli.run(file, "list", "--sort", "title", "--limit", "2", "--format", "tsv");
        List<String> rows = tsv.out().strip().lines().toList();
        assertEquals(3, rows.size(), tsv.out());
        assertTrue(rows.get(0).startsWith("id\tstatus\tupvotes"), rows.get(0));
        assertTrue(rows.get(1).contains("\t2401.00001\tAlpha Paper\t"), rows.get(1));
        assertTrue(rows.get(2).contains("Beta Paper"), rows.get(2));
        JsonNode json = new ObjectMapper().readTree(Cli.run(file, "list", "--status", "read", "--format", "json").out());
        assertEquals("Beta Paper", json.get(0).get("title").asText());
        assertTrue(Cli.run(file, "list", "--sort", "-upvotes").out().indexOf("Beta Paper")
                < Cli.run(file, "list", "--sort", "-upvotes").out().indexOf("Gamma Paper"));
        assertEquals(2, Cli.run(file, "list", "--format", "xml").code());
        assertEquals(2, Cli.run(file, "list", "--status", "finished").code());
    }

    @Test
    void aFilterThatMatchesNothingPrintsNothingAndSucceeds() {
        for (String[] args : new String[][] {{"list", "--search", "zebrafish"}, {"list", "--status", "dropped", "--format", "json"},
                {"list", "--tag", "nosuchtag", "--format", "ids"}}) {
            String[] all = new String[args.length];
            System.arraycopy(args, 0, all, 0, args.length);
            Cli.Result r = Cli.run(file, all);
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void settingTheStatusAPaperHasSaysSo() {
        Cli.Result r = Cli.run(file, "status", "Beta Paper", "read");
        assertEquals(0, r.code());
        assertEquals("Beta Paper: already Read, unchanged", r.out().strip());
    }

    @Test
    void exportWritesJsonUnlessToldOtherwise() throws Exception {
        Cli.Result r = Cli.run(file, "export", "--status", "queued,read");
        assertEquals(0, r.code(), r.err());
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertEquals(2, list.size());
    }

    @Test
    void listingNoBackupsSaysSoInOneLineAndKeepsStandardOutputEmpty() throws Exception {
        Path empty = dir.resolve("EMPTY.db");
        Cli.Result r = Cli.run(empty, "backup", "--list");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "standard output is the list of backups, here none");
        assertEquals(List.of("no backups of " + empty.toAbsolutePath() + " yet (they are kept in "
                + dir.resolve("backups").toAbsolutePath() + ")"), r.err().lines().toList());
        assertTrue(Files.notExists(empty), "listing backups creates no library");
        Cli.Result made = Cli.run(file, "backup");
        assertEquals(0, made.code(), made.err());
        Cli.Result one = Cli.run(file, "backup", "--list");
        assertEquals(1, one.out().lines().count(), one.out());
        assertEquals("", one.err());
    }

    @Test
    void backupIntoAMissingFolderNamesIt() throws Exception {
        Path missing = dir.resolve("no-such-folder");
        Cli.Result r = Cli.run(file, "backup", "--out", missing.resolve("copy.db").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the folder " + missing.toAbsolutePath() + " does not exist"), r.err());
        Cli.Result ok = Cli.run(file, "backup", "--out", dir.resolve("copy.db").toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.size(dir.resolve("copy.db")) > 0);
        Cli.Result restored = Cli.run(file, "restore", dir.resolve("copy.db").toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().contains("restored from"), restored.out());
    }

    @Test
    void importSaysHowKnownPapersWereMatchedAndListsAmbiguousOnes() throws Exception {
        Path listing = dir.resolve("ids.txt");
        Files.writeString(listing, "2401.00001v2\nhttps://arxiv.org/abs/2403.09999\n");
        Cli.Result r = Cli.run(file, "import", listing.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 new, 0 updated, 1 unchanged (known by id 1), 0 errors"), r.out());
        Cli.Result shown = Cli.run(file, "show", "2403.09999");
        assertTrue(shown.out().contains("needs details"), shown.out());
    }
}
