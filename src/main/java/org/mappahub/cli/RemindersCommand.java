package org.mappahub.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.work.WorkDigest;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "reminders", mixinStandardHelpOptions = true,
        description = "The daily e-mail reminders of each user's work list (sent by the server at mappa.reminders.cron).",
        subcommands = {RemindersCommand.Send.class})
class RemindersCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: send");
    }

    @Command(name = "send", mixinStandardHelpOptions = true,
            description = {"Sends today's digest now to every user who asked for it (needs spring.mail.host).",
                    "Exit status: 0 sent (or nothing to send), 1 some could not be sent or e-mail is not configured."})
    static class Send implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = OperatorContext.start()) {
                WorkDigest digest = context.getBean(WorkDigest.class);
                if (!digest.enabled()) {
                    System.err.println("E-mail is not configured: set spring.mail.host (and spring.mail.port).");
                    return 1;
                }
                WorkDigest.Outcome outcome = digest.sendAll();
                System.out.printf("%d sent, %d with nothing to do, %d failed%n", outcome.sent(), outcome.nothingToDo(),
                        outcome.failed());
                return outcome.failed() == 0 ? 0 : 1;
            }
        }
    }
}
