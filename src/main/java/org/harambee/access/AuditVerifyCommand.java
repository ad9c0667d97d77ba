package org.harambee.access;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar harambee.jar --audit-verify}: checks the audit chain, prints the outcome and exits with 0 when it
 * is intact, 3 when a line was changed or removed. Without the option it does nothing.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

    static final String OPTION = "audit-verify";

    private final AuditTrail audit;
    private final ApplicationContext context;

    AuditVerifyCommand(AuditTrail audit, ApplicationContext context) {
        this.audit = audit;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int code = report(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Prints the outcome and returns the exit code. */
    int report(PrintStream out) {
        AuditTrail.Verification result = audit.verify();
        out.println(
                result.intact()
                        ? "Audit trail intact: " + result.checked() + " lines checked."
                        : "Audit trail BROKEN at line " + result.firstBrokenSeq() + " (" + result.checked()
                                + " lines intact before it).");
        return result.intact() ? 0 : 3;
    }
}
