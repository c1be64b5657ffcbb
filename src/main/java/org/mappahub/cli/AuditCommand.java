package org.mappahub.cli;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.audit.AuditHead;
import org.mappahub.audit.AuditTrail;
import org.mappahub.audit.AuditVerification;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail: check its hash chain, or print its head to keep elsewhere (docs/AUDIT.md).",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Head.class})
class AuditCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a subcommand: verify or head");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walks the whole chain from its first entry and reports the first broken link.",
                    "Exit status: 0 intact, 1 broken (the entry's id and what differs are printed) or no database."})
    static class Verify implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = OperatorContext.start()) {
                ProgressLine progress = new ProgressLine(System.err, "entries");
                AuditVerification result = context.getBean(AuditTrail.class).verify(n -> progress.update(n, -1));
                progress.finish(result.checked());
                System.out.println(result);
                return result.intact() ? 0 : 1;
            }
        }
    }

    @Command(name = "head", mixinStandardHelpOptions = true,
            description = {"Prints the last entry's id, hash and time as JSON, to be kept outside this installation.",
                    "A later verify, together with a kept head, shows that no entry was removed from the end."})
    static class Head implements Callable<Integer> {

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = OperatorContext.start()) {
                AuditHead head = context.getBean(AuditTrail.class).head();
                System.out.println(head.toJson());
                return 0;
            }
        }
    }
}
