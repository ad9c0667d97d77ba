package org.harambee.agreements;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.harambee.agreements.lifecycle.Lapsing;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixtures of the agreements module for tests that share a database: empties its tables, and writes synthetic
 * agreements and service points straight to the tables (service points belong to the referrals module, whose pages
 * are not what these tests are about).
 */
public final class AgreementTables {

    /** Service points made here are named with this prefix, so that they can be removed again. */
    public static final String SERVICE_POINT_PREFIX = "Synthetic test office ";

    /** The smallest PDF the checks accept: its first bytes say what it is. */
    public static final byte[] PDF =
            "%PDF-1.4\n%synthetic\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private AgreementTables() {}

    public static void clear(JdbcClient jdbc) {
        for (String table : new String[] {
            "agreement_document",
            "agreement_review",
            "agreement_commitment",
            "agreement_step",
            "agreement_signatory",
            "agreement_party",
            "agreement"
        }) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("delete from referral_service_point where name like ?")
                .param(SERVICE_POINT_PREFIX + "%")
                .update();
    }

    /** An active social welfare service point on the platform, at the unit with this P-code. */
    public static UUID servicePoint(JdbcClient jdbc, String name, String pcode) {
        UUID id = UUID.randomUUID();
        String full = SERVICE_POINT_PREFIX + name;
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into referral_service_point (id, name, search_name, category, unit_id, unit_path,"
                        + " on_platform, active, created_by, created_at, updated_at)"
                        + " select ?, ?, ?, 'SOCIAL_WELFARE', id, path, true, true, 'test', ?, ? from geo_unit"
                        + " where pcode = ?")
                .params(id, full, full.toLowerCase(Locale.ROOT), now, now, pcode)
                .update();
        return id;
    }

    /**
     * A verbal agreement between a community and a government office, placed at the community's unit, with this
     * status; one in force is due for review in a month.
     */
    public static UUID agreement(JdbcClient jdbc, UUID community, String status) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        boolean inForce = !status.equals("DRAFT");
        jdbc.sql("insert into agreement (id, title, purpose, formality, status, unit_id, unit_path, unit_chosen,"
                        + " start_date, review_date, created_by, created_at, updated_at) select ?, 'Synthetic agreement',"
                        + " 'Referrals to the district', 'VERBAL', ?, unit_id, unit_path, false, ?, ?, 'test', ?, ?"
                        + " from community where id = ?")
                .params(
                        id,
                        status,
                        inForce ? Date.valueOf(LocalDate.now().minusDays(10)) : null,
                        inForce ? Date.valueOf(LocalDate.now().plusMonths(1)) : null,
                        now,
                        now,
                        community)
                .update();
        jdbc.sql(
                        "insert into agreement_party (id, agreement_id, position, kind, ref_id) values (?, ?, 1, 'COMMUNITY', ?)")
                .params(UUID.randomUUID(), id, community)
                .update();
        jdbc.sql("insert into agreement_party (id, agreement_id, position, kind, office_name, office_level)"
                        + " values (?, ?, 2, 'OFFICE', 'District council', 'District')")
                .params(UUID.randomUUID(), id)
                .update();
        return id;
    }

    /** A third party of the agreement, a police unit named by hand; answers its id. */
    public static UUID extraParty(JdbcClient jdbc, UUID agreement) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into agreement_party (id, agreement_id, position, kind, office_name, office_level)"
                        + " values (?, ?, 3, 'OFFICE', 'Family support unit', 'District')")
                .params(id, agreement)
                .update();
        return id;
    }

    /** The id of an agreement's first (community) party. */
    public static UUID firstParty(JdbcClient jdbc, UUID agreement) {
        return jdbc.sql("select id from agreement_party where agreement_id = ? and position = 1")
                .param(agreement)
                .query(UUID.class)
                .single();
    }

    /** An open commitment of the agreement's community, due in a week. */
    public static UUID commitment(JdbcClient jdbc, UUID agreement) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "insert into agreement_commitment (id, agreement_id, party_id, description, due_on, status, created_by,"
                                + " created_at, updated_at) values (?, ?, ?, 'Refer cases within a day', ?, 'OPEN', 'test', ?, ?)")
                .params(
                        id,
                        agreement,
                        firstParty(jdbc, agreement),
                        Date.valueOf(LocalDate.now().plusDays(7)),
                        now,
                        now)
                .update();
        return id;
    }

    /** A small PDF attached to the agreement. */
    public static UUID document(JdbcClient jdbc, UUID agreement) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into agreement_document (id, agreement_id, filename, content_type, size_bytes, content,"
                        + " created_by, created_at) values (?, ?, 'mou.pdf', 'application/pdf', ?, ?, 'test', ?)")
                .params(id, agreement, PDF.length, PDF, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /** Runs the daily lapse job as if today were {@code today}; answers how many agreements it marked lapsed. */
    public static int lapse(org.springframework.context.ApplicationContext context, java.time.LocalDate today) {
        return context.getBean(Lapsing.class).run(today);
    }
}
