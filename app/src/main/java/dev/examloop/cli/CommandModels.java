package dev.examloop.cli;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli models written in code rather than read from annotations, for the commands on the way to
 * {@code examloop fsrs optimize}: the root, {@code fsrs} and {@code optimize} itself (decision 0044).
 *
 * <p>Reading a model from annotations makes the JDK generate a proxy class for each annotation type and picocli walk
 * every field by reflection, all of it in cold, interpreted code: about 35 ms of a 0.1 s command on a 2-CPU machine,
 * a third of it. The JDK cannot keep those proxies in its AOT cache. The other commands keep their annotations: none
 * of them is timed to the millisecond, and each is only read when it is named (or the help lists them all).
 */
final class CommandModels {
    private CommandModels() {}

    /** A subcommand by name and aliases, made only when it is needed from the arguments that follow its name. */
    record Subcommand(String name, List<String> aliases, Function<String[], Object> make) {
        Subcommand(String name, Function<String[], Object> make) {
            this(name, List.of(), make);
        }

        boolean isCalled(String word) {
            return name.equals(word) || aliases.contains(word);
        }
    }

    /**
     * A command whose model is written here: its name, description and the standard {@code -h, --help} and
     * {@code -V, --version} options, as picocli's {@code mixinStandardHelpOptions} gives them.
     */
    static CommandSpec command(Object userObject, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject).name(name);
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .type(boolean.class)
                .description("Show this help message and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .type(boolean.class)
                .description("Print version information and exit.")
                .build());
        return spec;
    }

    /**
     * The command line of a group of subcommands (the group takes no options but help and version): given the
     * arguments after the group's name, only the subcommand they name is made, or all of them when they name none
     * or one that does not exist, so that the help and picocli's suggestions still list them all.
     */
    static CommandLine group(CommandSpec group, List<Subcommand> subcommands, String[] args) {
        // Loops rather than streams: each lambda's first use costs cold start-up time here.
        int at = firstWord(args);
        Subcommand named = null;
        for (int i = 0; at >= 0 && named == null && i < subcommands.size(); i++) {
            if (subcommands.get(i).isCalled(args[at])) {
                named = subcommands.get(i);
            }
        }
        CommandLine commandLine = new CommandLine(group);
        if (named != null) {
            add(commandLine, named, Arrays.copyOfRange(args, at + 1, args.length));
        } else {
            for (Subcommand sub : subcommands) {
                add(commandLine, sub, new String[0]);
            }
        }
        return commandLine;
    }

    private static void add(CommandLine group, Subcommand sub, String[] rest) {
        group.addSubcommand(sub.name(), sub.make().apply(rest), sub.aliases().toArray(new String[0]));
    }

    /** The index of the first argument that is not an option, or -1: the subcommand, when there is one. */
    static int firstWord(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("-")) {
                return i;
            }
        }
        return -1;
    }
}
