package org.mappahub.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the jar and of the {@code ./mappa} launcher. Exit codes: 0 success, 1 the operation
 * failed (for an import: any line not stored), 2 bad usage.
 */
@Command(name = "mappa", mixinStandardHelpOptions = true, version = "MAPPA Hub 0.1",
        description = "MAPPA Hub: case management and information sharing for MAPPA.%n",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, DemoDataCommand.class,
                AuditCommand.class, StatsCommand.class, TotpCommand.class, AddUserCommand.class, RulesCommand.class, RemindersCommand.class,
                CommandLine.HelpCommand.class})
public class Mappa implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        System.exit(exit);
    }

    /** The command line with its exit codes: a command that cannot start prints why and exits 1. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Mappa());
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof OperatorContext.CannotStart) {
                command.getErr().println("MAPPA Hub could not start: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, for example: mappa serve");
    }
}
