package org.harambee.referrals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.referrals.internal.ReferralAccess;
import org.harambee.referrals.internal.ReferralRecords;
import org.harambee.system.ResultPage;
import org.harambee.system.SearchHit;
import org.harambee.system.SearchTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals for the search box, by the start of their reference (case ignored), found only by those who may open them
 * ({@link ReferralAccess#mayRead} as SQL: the sender, the officers of the service point where it waits, coordinators
 * who follow services where its community is, and those who decide consent while it waits for them). A hit shows the
 * reference alone, never who the child is; finding a referral is not opening it, so nothing is audited.
 */
@Service
@Transactional(readOnly = true)
public class ReferralSearch {

    private final JdbcClient jdbc;
    private final ServicePoints servicePoints;
    private final Scopes scopes;

    ReferralSearch(JdbcClient jdbc, ServicePoints servicePoints, Scopes scopes) {
        this.jdbc = jdbc;
        this.servicePoints = servicePoints;
        this.scopes = scopes;
    }

    public ResultPage<SearchHit> find(SearchTerms terms, int page, int size) {
        String reference = terms.text().replace(" ", "").toUpperCase(Locale.ROOT);
        Map<String, Object> params = new HashMap<>();
        params.put(
                "reference", reference.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        String where = " from referral r where upper(r.reference) like :reference escape '\\' and ("
                + String.join(" or ", readable(params)) + ")";
        return SearchTerms.page(
                jdbc,
                "select r.id, r.reference as label",
                where,
                "r.reference, r.id",
                params,
                page,
                size,
                "/referrals/");
    }

    /** Who may read a referral, rule by rule, as {@link ReferralAccess} says it. */
    private List<String> readable(Map<String, Object> params) {
        String user = CurrentUser.signedIn().orElse("");
        List<String> rules = new ArrayList<>();
        params.put("user", user);
        rules.add("(r.created_by = :user and "
                + UnitPaths.within(scopes.of(Permission.CREATE_REFERRALS), "r.unit_path", "sends", params) + ")");
        List<UUID> queues = scopes.permissions().contains(Permission.HANDLE_REFERRALS)
                ? servicePoints.workedBy(user).stream()
                        .filter(p -> scopes.permits(Permission.HANDLE_REFERRALS, p.unitPath()))
                        .map(ServicePointRef::id)
                        .toList()
                : List.of();
        if (!queues.isEmpty()) {
            params.put("queues", queues);
            params.put("unsent", ReferralRecords.BEFORE_SENDING);
            rules.add("(r.service_point_id in (:queues) and r.status not in (:unsent))");
        }
        params.put("draft", ReferralStatus.DRAFT.name());
        rules.add("(r.status <> :draft and "
                + UnitPaths.within(scopes.of(Permission.MANAGE_SERVICES), "r.unit_path", "monitors", params) + ")");
        params.put("deciding", ReferralStatus.AWAITING_CONSENT_DECISION.name());
        rules.add("(r.status = :deciding and "
                + UnitPaths.within(scopes.of(Permission.OVERRIDE_CONSENT), "r.unit_path", "decides", params) + ")");
        return rules;
    }
}
