package org.harambee.access;

/**
 * What a role allows. A permission is granted by a role assignment and applies inside that assignment's units (their
 * whole subtrees); only {@link Role#ADMINISTRATOR} holds its permissions everywhere. The table of which role holds
 * which permission is {@link Role}; docs/access.md shows it.
 */
public enum Permission {
    /** Browse places (units, boundaries, their history). */
    VIEW_PLACES,
    /**
     * Read the programme: organisations and their presence, communities, clusters, phases, meetings, peer spread,
     * agreements, trainings and plans (no child's record).
     */
    VIEW_PROGRAMME,
    /** Import boundaries and rename levels. */
    MANAGE_PLACES,
    /** Create, edit, deactivate and reset accounts; assign roles and scopes. */
    MANAGE_ACCOUNTS,
    /** Browse the audit trail (within scope: lines placed in a unit of the scope). */
    VIEW_AUDIT,
    /** Dashboards and indicators, small cells suppressed. */
    VIEW_AGGREGATES,
    /** Download indicators (CSV, XLSX, DHIS2), small cells suppressed. */
    EXPORT_AGGREGATES,
    /** Organisations, their presence and the adoption pipeline. */
    MANAGE_PARTNERS,
    /**
     * Presence and adoption steps of the one organisation the account is linked to ({@link OwnOrganisation}), inside
     * the role's units: what a partner programme manager records for their own organisation.
     */
    MANAGE_OWN_ORGANISATION,
    /** Communities, clusters, process phases, meetings and action plans. */
    MANAGE_COMMUNITIES,
    /** Trainings, attendance, assessments. */
    MANAGE_TRAININGS,
    /** Agreements between communities and the wider child protection system. */
    MANAGE_AGREEMENTS,
    /** Scale-up plans, rollout waves and lessons learned. */
    PLAN_SCALE_UP,
    /** Service points, their officers and the referral pathways of an area. */
    MANAGE_SERVICES,
    /** Refer a child to a service. */
    CREATE_REFERRALS,
    /** Accept, act on and close referrals received by a service point. */
    HANDLE_REFERRALS,
    /** Read a child's identifying details (every read is audited). */
    VIEW_CHILD_RECORDS,
    /** Send a referral without the caregiver's consent or the child's assent, with a reason (flagged and audited). */
    OVERRIDE_CONSENT,
    /** SMS intake: the dead letters of payloads that could not be taken in, and their replay. */
    MANAGE_INTEGRATIONS
}
