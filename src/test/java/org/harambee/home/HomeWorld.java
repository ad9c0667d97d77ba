package org.harambee.home;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.harambee.FreshQuzland;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.agreements.AgreementTables;
import org.harambee.capacity.CapacityTables;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.referrals.ReferralFixtures;
import org.harambee.scaleup.ScaleUpTables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The synthetic world of the home tests: Quzland, with Amber (QZ0101) the district of most accounts and Cedar (QZ0201)
 * another district with work of its own that Amber's people must never see. What each role should find is written
 * beside what makes it so.
 */
final class HomeWorld {

    static final String PASSWORD = "synthetic-home-pass-2026";
    static final String FACILITATOR = "home-facilitator";
    static final String OFFICER = "home-officer";
    static final String AMBER = "home-amber";
    static final String CEDAR = "home-cedar";
    static final String CEDAR_FACILITATOR = "home-cedar-facilitator";
    static final String PARTNER = "home-partner";
    static final String UNLINKED_PARTNER = "home-partner-unlinked";
    static final String NATIONAL = "home-national";
    static final String RESEARCHER = "home-researcher";
    static final String LOCKED = "home-locked";

    /** The reference of the referral overdue at Amber's office: first on the officer's home. */
    String overdueReference;

    UUID ngo;

    private final JdbcClient jdbc;

    HomeWorld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static void clear(JdbcClient jdbc) {
        ScaleUpTables.clear(jdbc);
        AgreementTables.clear(jdbc);
        // people named on other tests' communities are facilitators of the register too (decision 0032)
        CapacityTables.clear(jdbc);
        jdbc.sql("delete from partner_presence where organisation_id in (select id from partner_organisation"
                        + " where name like ?)")
                .param(CommunityTables.ORGANISATION_PREFIX + "%")
                .update();
    }

    HomeWorld build(ImportJobs jobs) {
        clear(jdbc);
        FreshQuzland.importInto(jdbc, jobs);
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        TestAccounts.create(jdbc, OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        TestAccounts.create(jdbc, AMBER, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, CEDAR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0201");
        TestAccounts.create(jdbc, CEDAR_FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0201");
        TestAccounts.create(jdbc, PARTNER, PASSWORD, Role.PARTNER_PROGRAMME_MANAGER, "QZ01");
        TestAccounts.create(jdbc, UNLINKED_PARTNER, PASSWORD, Role.PARTNER_PROGRAMME_MANAGER, "QZ01");
        TestAccounts.create(jdbc, NATIONAL, PASSWORD, Role.NATIONAL_COORDINATOR, "QZ");
        TestAccounts.create(jdbc, RESEARCHER, PASSWORD, Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, LOCKED, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        jdbc.sql("update access_user set locked_until = ? where username = ?")
                .params(Timestamp.from(Instant.now().plus(Duration.ofHours(1))), LOCKED)
                .update();
        ngo = CommunityTables.organisation(jdbc, "Hope Network", "NATIONAL_NGO");
        UUID other = CommunityTables.organisation(jdbc, "Other Aid", "NATIONAL_NGO");
        jdbc.sql("update access_user set organisation_id = ? where username = ?")
                .params(ngo, PARTNER)
                .update();

        // facilitator: 2 communities, Gbanga with no meeting and no phase (due: 1 meeting, 1 phase)
        UUID kpetema = CommunityTables.community(jdbc, "Kpetema", "QZ010101");
        CommunityTables.meeting(jdbc, kpetema);
        jdbc.sql("update community set current_phase = 'ENTRY', phase_since = current_date where id = ?")
                .param(kpetema)
                .update();
        CommunityTables.community(jdbc, "Gbanga", "QZ010102");
        UUID lakeside = CommunityTables.community(jdbc, "Lakeside", "QZ020101");

        // referrals: 1 draft, 1 SMS concern, 2 sent to Amber's office (1 overdue), 1 answered with feedback,
        // 1 escalated to an off-platform office holding a live link (waiting 3, links 1, escalations 1)
        UUID office =
                ReferralFixtures.servicePoint(jdbc, "Amber social welfare office", "SOCIAL_WELFARE", "QZ0101", true);
        ReferralFixtures.officer(jdbc, office, OFFICER);
        ReferralFixtures.route(jdbc, "SOCIAL_WELFARE", "QZ0101", office);
        UUID offPlatform =
                ReferralFixtures.servicePoint(jdbc, "Amber district office", "SOCIAL_WELFARE", "QZ0101", false);
        ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, office, "DRAFT");
        UUID sms = ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, office, "DRAFT");
        jdbc.sql("update referral set source = 'SMS' where id = ?").param(sms).update();
        ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, office, "SENT");
        UUID overdue = ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, office, "SENT");
        jdbc.sql("update referral set due_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(2))), overdue)
                .update();
        overdueReference = jdbc.sql("select reference from referral where id = ?")
                .param(overdue)
                .query(String.class)
                .single();
        UUID answered = ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, office, "ACCEPTED");
        jdbc.sql("update referral set feedback_message = 'Seen today' where id = ?")
                .param(answered)
                .update();
        UUID escalated = ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, offPlatform, "ESCALATED");
        jdbc.sql("insert into referral_link (token_hash, referral_id, service_point_id, created_by, created_at,"
                        + " expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(
                        "a".repeat(64),
                        escalated,
                        offPlatform,
                        FACILITATOR,
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now().plus(Duration.ofDays(7))))
                .update();
        jdbc.sql("insert into referral_notice (id, username, referral_id, kind, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), FACILITATOR, sms, "SMS_CONCERN", Timestamp.from(Instant.now()))
                .update();
        // Cedar: an escalation of its own, and 2 more referrals of its facilitator
        UUID cedarOffice = ReferralFixtures.servicePoint(jdbc, "Cedar office", "SOCIAL_WELFARE", "QZ0201", true);
        ReferralFixtures.referral(jdbc, CEDAR_FACILITATOR, lakeside, cedarOffice, "ESCALATED");
        ReferralFixtures.referral(jdbc, CEDAR_FACILITATOR, lakeside, cedarOffice, "SENT");
        // consent decisions waiting: 2 in Amber, 1 in Cedar
        ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, office, "AWAITING_CONSENT_DECISION");
        ReferralFixtures.referral(jdbc, FACILITATOR, kpetema, office, "AWAITING_CONSENT_DECISION");
        ReferralFixtures.referral(jdbc, CEDAR_FACILITATOR, lakeside, cedarOffice, "AWAITING_CONSENT_DECISION");

        // agreements: Amber and Cedar each 1 review due in 10 days and 1 commitment due in 7
        for (UUID community : new UUID[] {kpetema, lakeside}) {
            UUID agreement = AgreementTables.agreement(jdbc, community, "IN_FORCE");
            jdbc.sql("update agreement set review_date = ? where id = ?")
                    .params(Date.valueOf(LocalDate.now().plusDays(10)), agreement)
                    .update();
            AgreementTables.commitment(jdbc, agreement);
        }

        // capacity: Amber has 1 facilitator trained and 1 not; Cedar 1 not; 1 training planned in Amber by the NGO
        UUID trained = CapacityTables.facilitator(jdbc, "Musa Trained", "QZ0101");
        CapacityTables.attended(jdbc, CapacityTables.training(jdbc, "QZ0101"), trained, null);
        CapacityTables.facilitator(jdbc, "Fatmata Untrained", "QZ0101");
        CapacityTables.facilitator(jdbc, "Cedar Untrained", "QZ0201");
        UUID planned = CapacityTables.training(jdbc, "QZ0101");
        jdbc.sql("update capacity_training set status = 'PLANNED', starts_on = ?, ends_on = ?, trainer_org_id = ?"
                        + " where id = ?")
                .params(
                        Date.valueOf(LocalDate.now().plusDays(5)),
                        Date.valueOf(LocalDate.now().plusDays(6)),
                        ngo)
                .param(planned)
                .update();

        // partners: the NGO works in Amber and was invited there; another organisation works there too
        presence(ngo, "QZ0101");
        presence(other, "QZ0101");
        jdbc.sql("insert into partner_adoption (id, organisation_id, unit_id, unit_path, step, invited_on, created_at,"
                        + " updated_at) select ?, ?, id, path, 'INVITED', current_date - 3, ?, ? from geo_unit"
                        + " where pcode = 'QZ0101'")
                .params(UUID.randomUUID(), ngo, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
                .update();

        // scale-up: a phase of Amber's plan and one of Cedar's, each starting in 10 days
        for (String district : new String[] {"QZ0101", "QZ0201"}) {
            UUID phase = ScaleUpTables.phase(jdbc, district);
            jdbc.sql("update scaleup_phase set starts_on = ? where id = ?")
                    .params(Date.valueOf(LocalDate.now().plusDays(10)), phase)
                    .update();
        }
        return this;
    }

    private void presence(UUID organisation, String pcode) {
        jdbc.sql("insert into partner_presence (id, organisation_id, unit_id, unit_path, sector, start_date,"
                        + " created_at, updated_at) select ?, ?, id, path, 'HEALTH', current_date - 30, ?, ?"
                        + " from geo_unit where pcode = ?")
                .params(UUID.randomUUID(), organisation, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()))
                .param(pcode)
                .update();
    }
}
