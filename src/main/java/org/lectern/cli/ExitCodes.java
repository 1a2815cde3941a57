package org.lectern.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import picocli.CommandLine;

/**
 * The exit codes every command's help lists: the ones the command line really uses. A command that
 * uses another (import's 1) declares its own list; every other one gets the common two. The
 * {@code lectern} command's own help lists every code of its commands, each with the commands that use it.
 */
final class ExitCodes {
    static final String HEADING = "%nExit codes:%n";
    static final String DONE = "0:done";
    static final String WRONG = "2:the library, a paper, an option or an argument is wrong (one line on standard error says why)";

    private ExitCodes() {
    }

    static void describe(CommandLine cli) {
        describeCommands(cli);
        Map<String, String> codes = common();
        Map<String, StringBuilder> others = new TreeMap<>();
        for (CommandLine sub : cli.getSubcommands().values()) collect(sub, others);
        others.forEach((code, uses) -> codes.put(code, uses.toString()));
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        usage.exitCodeListHeading(HEADING);
        usage.exitCodeList(codes);
    }

    private static void describeCommands(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            if (usage.exitCodeList().isEmpty()) {
                usage.exitCodeListHeading(HEADING);
                usage.exitCodeList(common());
            }
            describeCommands(sub);
        }
    }

    private static Map<String, String> common() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : new String[] {DONE, WRONG}) {
            int colon = line.indexOf(':');
            codes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        return codes;
    }

    /** The codes {@code cmd} and its own commands use besides the common two, with what each means there. */
    private static void collect(CommandLine cmd, Map<String, StringBuilder> into) {
        cmd.getCommandSpec().usageMessage().exitCodeList().forEach((key, text) -> {
            String code = key.strip();
            if (code.equals("0") || code.equals("2")) return;
            StringBuilder uses = into.computeIfAbsent(code, c -> new StringBuilder());
            if (!uses.isEmpty()) uses.append("; ");
            uses.append(cmd.getCommandSpec().qualifiedName()).append(": ").append(text.strip());
        });
        for (CommandLine sub : cmd.getSubcommands().values()) collect(sub, into);
    }
}
