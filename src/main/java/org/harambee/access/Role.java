package org.harambee.access;

import static org.harambee.access.Permission.CREATE_REFERRALS;
import static org.harambee.access.Permission.EXPORT_AGGREGATES;
import static org.harambee.access.Permission.HANDLE_REFERRALS;
import static org.harambee.access.Permission.MANAGE_ACCOUNTS;
import static org.harambee.access.Permission.MANAGE_AGREEMENTS;
import static org.harambee.access.Permission.MANAGE_COMMUNITIES;
import static org.harambee.access.Permission.MANAGE_INTEGRATIONS;
import static org.harambee.access.Permission.MANAGE_OWN_ORGANISATION;
import static org.harambee.access.Permission.MANAGE_PARTNERS;
import static org.harambee.access.Permission.MANAGE_PLACES;
import static org.harambee.access.Permission.MANAGE_SERVICES;
import static org.harambee.access.Permission.MANAGE_TRAININGS;
import static org.harambee.access.Permission.OVERRIDE_CONSENT;
import static org.harambee.access.Permission.PLAN_SCALE_UP;
import static org.harambee.access.Permission.VIEW_AGGREGATES;
import static org.harambee.access.Permission.VIEW_AUDIT;
import static org.harambee.access.Permission.VIEW_CHILD_RECORDS;
import static org.harambee.access.Permission.VIEW_PLACES;
import static org.harambee.access.Permission.VIEW_PROGRAMME;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The roles a user may hold, several at once, and the one table of what each allows. Every role but the administrator
 * is assigned with one or more units and applies only inside their subtrees. The administrator runs the system
 * (accounts, boundaries, the audit trail) everywhere but is given no access to children's records: need-to-know.
 */
public enum Role {
    ADMINISTRATOR(true, VIEW_PLACES, VIEW_PROGRAMME, MANAGE_PLACES, MANAGE_ACCOUNTS, VIEW_AUDIT, MANAGE_INTEGRATIONS),
    NATIONAL_COORDINATOR(
            false,
            VIEW_PLACES,
            VIEW_PROGRAMME,
            VIEW_AUDIT,
            VIEW_AGGREGATES,
            EXPORT_AGGREGATES,
            MANAGE_PARTNERS,
            MANAGE_COMMUNITIES,
            MANAGE_TRAININGS,
            MANAGE_AGREEMENTS,
            PLAN_SCALE_UP,
            MANAGE_SERVICES),
    DISTRICT_COORDINATOR(
            false,
            VIEW_PLACES,
            VIEW_PROGRAMME,
            VIEW_AGGREGATES,
            EXPORT_AGGREGATES,
            MANAGE_PARTNERS,
            MANAGE_COMMUNITIES,
            MANAGE_TRAININGS,
            MANAGE_AGREEMENTS,
            PLAN_SCALE_UP,
            MANAGE_SERVICES,
            CREATE_REFERRALS,
            HANDLE_REFERRALS,
            VIEW_CHILD_RECORDS,
            OVERRIDE_CONSENT),
    PARTNER_PROGRAMME_MANAGER(
            false,
            VIEW_PLACES,
            VIEW_PROGRAMME,
            VIEW_AGGREGATES,
            EXPORT_AGGREGATES,
            MANAGE_OWN_ORGANISATION,
            MANAGE_COMMUNITIES,
            MANAGE_TRAININGS,
            PLAN_SCALE_UP),
    COMMUNITY_FACILITATOR(false, VIEW_PLACES, VIEW_PROGRAMME, VIEW_AGGREGATES, MANAGE_COMMUNITIES, CREATE_REFERRALS),
    SERVICE_POINT_OFFICER(false, VIEW_PLACES, VIEW_PROGRAMME, VIEW_AGGREGATES, HANDLE_REFERRALS, VIEW_CHILD_RECORDS),
    RESEARCHER(false, VIEW_PLACES, VIEW_PROGRAMME, VIEW_AGGREGATES, EXPORT_AGGREGATES);

    private final boolean everywhere;
    private final Set<Permission> permissions;

    Role(boolean everywhere, Permission... permissions) {
        this.everywhere = everywhere;
        this.permissions = Collections.unmodifiableSet(EnumSet.of(permissions[0], permissions));
    }

    /** True for the one role that applies everywhere without units. */
    public boolean everywhere() {
        return everywhere;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
