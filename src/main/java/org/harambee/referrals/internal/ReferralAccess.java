package org.harambee.referrals.internal;

import java.util.EnumSet;
import java.util.Set;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ServicePoints;
import org.harambee.referrals.model.Referral;

/**
 * Who may see a referral, and who may open the child's identifying details (need-to-know, DOMAIN.md section 5):
 * <ul>
 *   <li>its sender, while they may refer children from its community;
 *   <li>the officers of the service point where it waits now (not of one it was escalated away from), while they
 *       may handle referrals where that service point is;
 *   <li>coordinators who manage services where the community is, to follow deadlines and escalations;
 *   <li>while it waits for a consent decision, those who may override consent where the community is.
 * </ul>
 * The identifying details open only for the sender and, once they accepted it, the officers of the service point.
 */
public final class ReferralAccess {

    /** Statuses in which the service point has accepted the referral (and may read who the child is). */
    static final Set<ReferralStatus> ACCEPTED =
            EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.SERVICE_PROVIDED, ReferralStatus.CLOSED);

    private ReferralAccess() {}

    /** Its sender, while they may still refer children from its community. */
    public static boolean sends(Referral row, String user, Scopes scopes) {
        return row.isSender(user) && scopes.permits(Permission.CREATE_REFERRALS, row.unitPath());
    }

    public static boolean worksQueue(Referral row, String user, ServicePoints servicePoints, Scopes scopes) {
        if (user == null || row.servicePointId() == null || row.status().beforeSending()) {
            return false;
        }
        // an officer answers for their service point while it lies where they may handle referrals
        return servicePoints.officers(row.servicePointId()).contains(user)
                && servicePoints
                        .find(row.servicePointId())
                        .map(p -> scopes.permits(Permission.HANDLE_REFERRALS, p.unitPath()))
                        .orElse(false);
    }

    public static boolean monitors(Referral row, Scopes scopes) {
        return row.status() != ReferralStatus.DRAFT && scopes.permits(Permission.MANAGE_SERVICES, row.unitPath());
    }

    /** A coordinator who may override consent where the community is, while the referral waits for their decision. */
    public static boolean decidesConsent(Referral row, Scopes scopes) {
        return row.status() == ReferralStatus.AWAITING_CONSENT_DECISION
                && scopes.permits(Permission.OVERRIDE_CONSENT, row.unitPath());
    }

    static boolean mayRead(Referral row, String user, ServicePoints servicePoints, Scopes scopes) {
        return sends(row, user, scopes)
                || worksQueue(row, user, servicePoints, scopes)
                || monitors(row, scopes)
                || decidesConsent(row, scopes);
    }

    static boolean mayOpenIdentity(Referral row, String user, ServicePoints servicePoints, Scopes scopes) {
        return sends(row, user, scopes)
                || ACCEPTED.contains(row.status())
                        && scopes.permissions().contains(Permission.VIEW_CHILD_RECORDS)
                        && worksQueue(row, user, servicePoints, scopes);
    }
}
