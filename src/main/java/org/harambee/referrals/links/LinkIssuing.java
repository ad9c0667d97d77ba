package org.harambee.referrals.links;

import java.time.Instant;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Scopes;
import org.harambee.referrals.ReferralConflictException;
import org.harambee.referrals.ServicePointRef;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.internal.ReferralAccess;
import org.harambee.referrals.internal.ReferralRecords;
import org.harambee.referrals.model.Referral;
import org.harambee.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new one-time link for the service point where a referral waits, when it is not on the platform: for the
 * referrer who lost the first one, or the coordinator after an escalation to an off-platform office.
 */
@Service
@Transactional
public class LinkIssuing {

    private final ReferralRecords records;
    private final ServicePoints servicePoints;
    private final OneTimeLinks links;
    private final Scopes scopes;
    private final AuditTrail audit;

    LinkIssuing(
            ReferralRecords records, ServicePoints servicePoints, OneTimeLinks links, Scopes scopes, AuditTrail audit) {
        this.records = records;
        this.servicePoints = servicePoints;
        this.links = links;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** The new link's token. */
    public String renew(UUID id) {
        Referral row = records.lock(id).orElseThrow(NotFoundException.of("problem.referralNotFound"));
        String user = CurrentUser.signedIn().orElse(null);
        boolean sender = ReferralAccess.sends(row, user, scopes);
        if (!sender && !ReferralAccess.monitors(row, scopes)) {
            throw new AccessDeniedException("neither the sender nor a coordinator of the area");
        }
        ServicePointRef point = row.servicePointId() == null ? null : servicePoints.get(row.servicePointId());
        if (point == null
                || point.onPlatform()
                || row.status().beforeSending()
                || row.status().finished()) {
            throw new ReferralConflictException("referrals.conflict.noLink");
        }
        String token = links.create(row.id(), point.id(), user, Instant.now());
        audit.record("REFERRAL_LINK_ISSUED", "referral", row.id().toString(), row.unitId(), row.unitPath(), null);
        return token;
    }
}
