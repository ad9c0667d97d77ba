package org.harambee.access.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.harambee.access.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user changes their own password: the current one must be right, the new one at least
 * {@value AdministratorBootstrap#MIN_PASSWORD_LENGTH} characters and different. Every other session of the user ends,
 * so that a stolen session does not outlive the change; the session making the change goes on.
 */
@Service
class PasswordChange {

    static final int MAX_LENGTH = 128;

    private final AccountRecords accounts;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditTrail audit;

    PasswordChange(
            AccountRecords accounts,
            PasswordEncoder encoder,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** Field name → message key of each problem; empty when the password was changed. */
    @Transactional
    Map<String, String> change(String username, String current, String wanted, String keepSessionId) {
        Map<String, String> problems = new LinkedHashMap<>();
        String stored = accounts.findByUsername(username)
                .map(AccountRecords.Account::passwordHash)
                .orElse(null);
        if (stored == null || current == null || !encoder.matches(current, stored)) {
            problems.put("currentPassword", "account.password.currentWrong");
        }
        if (wanted == null || wanted.length() < AdministratorBootstrap.MIN_PASSWORD_LENGTH) {
            problems.put("newPassword", "account.password.tooShort");
        } else if (wanted.length() > MAX_LENGTH) {
            problems.put("newPassword", "account.password.tooLong");
        } else if (wanted.equals(current)) {
            problems.put("newPassword", "account.password.same");
        }
        if (problems.isEmpty()) {
            accounts.changePassword(username, encoder.encode(wanted));
            audit.recordAs(username, "PASSWORD_CHANGED", "account", null, null, null, null);
            endSessions(username, keepSessionId);
        }
        return problems;
    }

    /** Ends every session of the user but {@code keepSessionId} (null: all of them). */
    void endSessions(String username, String keepSessionId) {
        audit.recordAs(
                username, "SESSIONS_ENDED", "account", null, null, null, keepSessionId == null ? "all" : "others");
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
