package org.harambee.agreements.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.harambee.access.Scope;
import org.harambee.access.UnitPaths;
import org.harambee.agreements.AgreementStatus;
import org.harambee.system.RecordStreams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Listings of agreements: by scope, area, status as of a day, and party. */
@Repository
public class AgreementSearch {

    /** What a listing is limited to: the reader's scope and, when given, an area, a status (as of today), a party. */
    public record Filter(
            Scope scope, String areaPath, AgreementStatus status, UUID party, LocalDate today, String sort) {

        Filter(Scope scope, String areaPath, AgreementStatus status, UUID party, LocalDate today) {
            this(scope, areaPath, status, party, today, null);
        }
    }

    /** The orders a listing may take, by the name a request gives: by title unless asked. */
    public static final Map<String, String> SORTS = Map.of(
            "title", "lower(title), id",
            "review", "case when review_date is null then 1 else 0 end, review_date, id",
            "updated", "updated_at desc, id");

    private static final String COLUMNS = AgreementRecords.COLUMNS;

    private final JdbcClient jdbc;

    AgreementSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of agreements inside the scope, in the area, with the status, naming the party (each filter optional). */
    public List<AgreementRecords.Row> list(Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + " from agreement where " + where(filter, params) + " order by "
                        + order(filter) + " limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AgreementRecords::row)
                .list();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from agreement where " + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Agreements with this status placed in the subtree at {@code areaPath} (everywhere when null). */
    public List<AgreementRecords.Row> withStatus(AgreementStatus status, String areaPath, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + " from agreement where "
                        + where(new Filter(Scope.all(), areaPath, status, null, today), params)
                        + " order by lower(title), id")
                .params(params)
                .query(AgreementRecords::row)
                .list();
    }

    /** The rows of a listing for an export, without a limit, in batches (see {@link RecordStreams#inBatches}). */
    public void each(Filter filter, RecordStreams streams, Consumer<List<AgreementRecords.Row>> batch) {
        Map<String, Object> params = new HashMap<>();
        streams.inBatches(
                "select " + COLUMNS + " from agreement where " + where(filter, params) + " order by " + order(filter),
                params,
                AgreementRecords::row,
                batch);
    }

    private static String order(Filter filter) {
        return SORTS.getOrDefault(filter.sort() == null ? "title" : filter.sort(), SORTS.get("title"));
    }

    private static String where(Filter filter, Map<String, Object> params) {
        String where = UnitPaths.within(filter.scope(), "unit_path", "scope", params);
        if (filter.areaPath() != null) {
            where += " and " + UnitPaths.range("unit_path", "area", filter.areaPath(), params);
        }
        if (filter.party() != null) {
            params.put("party", filter.party());
            where += " and exists (select 1 from agreement_party p where p.agreement_id = agreement.id"
                    + " and p.ref_id = :party)";
        }
        if (filter.status() != null) {
            params.put("today", Date.valueOf(filter.today()));
            where += switch (filter.status()) {
                case DRAFT -> " and status = 'DRAFT'";
                case ENDED -> " and status = 'ENDED'";
                case IN_FORCE -> " and status = 'IN_FORCE' and review_date >= :today";
                case LAPSED -> " and (status = 'LAPSED' or (status = 'IN_FORCE' and review_date < :today))";
            };
        }
        return where;
    }
}
