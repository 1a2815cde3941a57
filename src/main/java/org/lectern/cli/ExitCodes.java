package org.lectern.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;

/**
 * The exit codes every command's help lists: the ones the command line really uses. A command that
 * uses another (import's 1) declares its own list; every other one gets the common two.
 */
final class ExitCodes {
    static final String HEADING = "%nExit codes:%n";
    static final String DONE = "0:done";
    static final String WRONG = "2:the library, a paper, an option or an argument is wrong (one line on standard error says why)";

    private ExitCodes() {
    }

    static void describe(CommandLine cli) {
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        if (usage.exitCodeList().isEmpty()) {
            Map<String, String> codes = new LinkedHashMap<>();
            for (String line : new String[] {DONE, WRONG}) {
                int colon = line.indexOf(':');
                codes.put(line.substring(0, colon), line.substring(colon + 1));
            }
            usage.exitCodeListHeading(HEADING);
            usage.exitCodeList(codes);
        }
        for (CommandLine sub : cli.getSubcommands().values()) describe(sub);
    }
}
