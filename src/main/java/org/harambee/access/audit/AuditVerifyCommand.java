package org.harambee.access.audit;

import java.io.PrintStream;
import org.harambee.access.AuditTrail;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar harambee.jar --audit-verify}: checks the audit chain, prints the outcome and exits with 0 when it
 * is intact, 3 when a line was changed or removed, the newest lines
 * were deleted after a signed checkpoint, or a checkpoint was forged; it also says how many lines wait to be chained.
 * Without the option it does nothing.
 */
@Component
public class AuditVerifyCommand implements ApplicationRunner {

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
    public int report(PrintStream out) {
        AuditTrail.Verification result = audit.verify();
        if (result.firstBrokenSeq() != null) {
            out.println("Audit trail BROKEN at line " + result.firstBrokenSeq() + " (" + result.checked()
                    + " lines intact before it).");
        } else if (result.truncatedAfter() != null) {
            out.println("Audit trail TRUNCATED: a signed checkpoint vouches for " + result.truncatedAfter()
                    + " lines, the chain holds " + result.checked() + "; the newest lines were deleted.");
        } else {
            out.println("Audit trail intact: " + result.checked() + " lines checked.");
        }
        if (result.badCheckpoints() > 0) {
            out.println("Audit trail BROKEN: " + result.badCheckpoints() + " checkpoints carry a wrong signature.");
        }
        out.println(result.unsealed() + " lines wait to be chained; " + result.gaps()
                + " sequence numbers were skipped as gaps.");
        return result.intact() ? 0 : 3;
    }
}
