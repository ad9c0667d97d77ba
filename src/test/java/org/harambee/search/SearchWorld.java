package org.harambee.search;

import java.util.UUID;
import org.harambee.FreshQuzland;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.harambee.agreements.AgreementTables;
import org.harambee.agreements.AgreementTitleSearch;
import org.harambee.capacity.CapacityTables;
import org.harambee.capacity.TrainingSearch;
import org.harambee.communities.CommunitySearch;
import org.harambee.communities.CommunityTables;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.partners.OrganisationSearch;
import org.harambee.referrals.ReferralFixtures;
import org.harambee.referrals.servicepoints.ServicePointSearchRecords;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The synthetic world of the search tests: Quzland, with Amber (QZ0101) the district of most accounts and Cedar
 * (QZ0201) another one whose records Amber's people must never find. Names carry accents, a word of interest in the
 * middle, and one is in Devanagari. The fixtures write rows without their search words, as rows written before the
 * column existed; the modules then fill them as they do when they start.
 */
final class SearchWorld {

    static final String PASSWORD = "synthetic-search-pass-2026";
    static final String AMBER = "search-amber";
    static final String CEDAR = "search-cedar";
    static final String FACILITATOR = "search-facilitator";
    static final String OTHER_FACILITATOR = "search-facilitator-2";
    static final String OFFICER = "search-officer";
    static final String RESEARCHER = "search-researcher";
    static final String NOBODY = "search-nobody";

    UUID amani;
    UUID ecole;
    UUID rampur;
    UUID lakeside;
    UUID referral;
    String reference;

    private final JdbcClient jdbc;

    SearchWorld(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static void clear(JdbcClient jdbc) {
        ReferralFixtures.clear(jdbc);
        AgreementTables.clear(jdbc);
        CapacityTables.clear(jdbc);
        CommunityTables.clear(jdbc);
    }

    SearchWorld build(ImportJobs jobs, ApplicationContext context) {
        clear(jdbc);
        FreshQuzland.importInto(jdbc, jobs);
        TestAccounts.create(jdbc, AMBER, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0101");
        TestAccounts.create(jdbc, CEDAR, PASSWORD, Role.DISTRICT_COORDINATOR, "QZ0201");
        TestAccounts.create(jdbc, FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        TestAccounts.create(jdbc, OTHER_FACILITATOR, PASSWORD, Role.COMMUNITY_FACILITATOR, "QZ0101");
        TestAccounts.create(jdbc, OFFICER, PASSWORD, Role.SERVICE_POINT_OFFICER, "QZ0101");
        TestAccounts.create(jdbc, RESEARCHER, PASSWORD, Role.RESEARCHER, "QZ01");
        TestAccounts.create(jdbc, NOBODY, PASSWORD, null);

        amani = CommunityTables.community(jdbc, "Kijiji cha Amani", "QZ010101");
        ecole = CommunityTables.community(jdbc, "École Sainte-Thérèse", "QZ010102");
        rampur = CommunityTables.community(jdbc, "रामपुर गाँव", "QZ010101");
        lakeside = CommunityTables.community(jdbc, "Amani Lakeside", "QZ020101");
        CommunityTables.organisation(jdbc, "Réseau Espoir", "NATIONAL_NGO");

        UUID office = ReferralFixtures.servicePoint(jdbc, "Amber Bureau Médical", "HEALTH", "QZ0101", true);
        ReferralFixtures.officer(jdbc, office, OFFICER);
        UUID cedarOffice = ReferralFixtures.servicePoint(jdbc, "Cedar Bureau Médical", "HEALTH", "QZ0201", true);
        referral = ReferralFixtures.referral(jdbc, FACILITATOR, amani, office, "SENT");
        reference = jdbc.sql("select reference from referral where id = ?")
                .param(referral)
                .query(String.class)
                .single();
        ReferralFixtures.referral(jdbc, CEDAR, lakeside, cedarOffice, "SENT");

        title("capacity_training", CapacityTables.training(jdbc, "QZ0101"), "Formation des facilitateurs d’Amber");
        title("capacity_training", CapacityTables.training(jdbc, "QZ0201"), "Formation des facilitateurs de Cedar");
        title("agreement", AgreementTables.agreement(jdbc, amani, "IN_FORCE"), "Accord de référence Amani");
        title("agreement", AgreementTables.agreement(jdbc, lakeside, "IN_FORCE"), "Accord de référence Lakeside");

        context.getBean(CommunitySearch.class).fillMissingWords();
        context.getBean(OrganisationSearch.class).fillMissingWords();
        context.getBean(ServicePointSearchRecords.class).fillMissingWords();
        context.getBean(TrainingSearch.class).fillMissingWords();
        context.getBean(AgreementTitleSearch.class).fillMissingWords();
        return this;
    }

    private void title(String table, UUID id, String title) {
        jdbc.sql("update " + table + " set title = ? where id = ?")
                .params(title, id)
                .update();
    }
}
