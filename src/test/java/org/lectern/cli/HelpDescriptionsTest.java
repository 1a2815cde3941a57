package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every option and every parameter of every command says in its help what it is for, and a value is
 * shown by a name of its own (N, FILE), never picocli's field name ({@code <importRuns>}).
 */
class HelpDescriptionsTest {
    @Test
    void everyOptionAndParameterOfEveryCommandHasADescription() {
        List<String> missing = new ArrayList<>();
        walk(LecternCommand.commandLine(p -> { }).getCommandSpec(), missing);
        assertEquals(List.of(), missing, "options and parameters with no description in their command's --help");
    }

    @Test
    void everyValueIsShownByANameOfItsOwn() {
        List<String> unnamed = new ArrayList<>();
        labels(LecternCommand.commandLine(p -> { }).getCommandSpec(), unnamed);
        assertEquals(List.of(), unnamed, "values shown by picocli's field name in their command's --help");
    }

    private static void labels(CommandSpec command, List<String> unnamed) {
        for (OptionSpec option : command.options()) {
            if (option.arity().max() > 0 && option.paramLabel().startsWith("<")) {
                unnamed.add(command.qualifiedName() + " " + option.longestName() + " " + option.paramLabel());
            }
        }
        for (PositionalParamSpec positional : command.positionalParameters()) {
            if (positional.paramLabel().startsWith("<")) unnamed.add(command.qualifiedName() + " " + positional.paramLabel());
        }
        for (CommandLine sub : command.subcommands().values()) labels(sub.getCommandSpec(), unnamed);
    }

    private static void walk(CommandSpec command, List<String> missing) {
        for (OptionSpec option : command.options()) check(command, option, option.longestName(), missing);
        for (PositionalParamSpec positional : command.positionalParameters()) {
            check(command, positional, positional.paramLabel(), missing);
        }
        for (CommandLine sub : command.subcommands().values()) walk(sub.getCommandSpec(), missing);
    }

    private static void check(CommandSpec command, ArgSpec arg, String name, List<String> missing) {
        boolean described = Arrays.stream(arg.description()).anyMatch(line -> !line.isBlank());
        if (!described) missing.add(command.qualifiedName() + " " + name);
    }
}
