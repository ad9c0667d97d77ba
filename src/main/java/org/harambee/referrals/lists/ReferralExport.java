package org.harambee.referrals.lists;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.harambee.access.AuditTrail;
import org.harambee.referrals.ReferralLists;
import org.harambee.referrals.ReferralStatus;
import org.harambee.system.ExportFormat;
import org.harambee.system.RecordExports;
import org.harambee.system.RecordStreams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral list as a file: the rows the list shows the reader (the same box, need-to-know and filters), streamed,
 * with only what the list says of a referral: reference, category, priority, status, when sent, its deadline, the
 * escalations and the service point. Never the child's identity, the reason or any note. Each export is audited with
 * its box, filters and row count.
 */
@Service
@Transactional(readOnly = true)
public class ReferralExport {

    static final List<String> HEADER = List.of(
            "referrals.export.reference",
            "referrals.export.category",
            "referrals.export.priority",
            "referrals.export.status",
            "referrals.export.sentAt",
            "referrals.export.dueAt",
            "referrals.export.overdue",
            "referrals.export.escalations",
            "referrals.export.servicePoint");

    private final ReferralLists lists;
    private final RecordStreams streams;
    private final RecordExports exports;
    private final AuditTrail audit;

    ReferralExport(ReferralLists lists, RecordStreams streams, RecordExports exports, AuditTrail audit) {
        this.lists = lists;
        this.streams = streams;
        this.exports = exports;
        this.audit = audit;
    }

    public void write(
            ReferralLists.Box box, ReferralLists.ListFilter filter, ExportFormat format, HttpServletResponse response)
            throws IOException {
        ReferralLists.Selection selection = lists.selection(box, filter);
        Function<Object, String> categories = exports.labels("referrals.category.");
        Function<Object, String> priorities = exports.labels("referrals.priority.");
        Function<Object, String> statuses = exports.labels("referrals.status.");
        Instant now = Instant.now();
        long[] rows = {0};
        exports.write(
                response,
                format,
                "referrals",
                HEADER,
                sheet -> streams.each(
                        "select reference, category, priority, status, sent_at, due_at, escalations,"
                                + " (select p.name from referral_service_point p where p.id = referral.service_point_id)"
                                + " as service_point from referral where " + selection.where() + " order by "
                                + selection.order(),
                        selection.params(),
                        rs -> {
                            ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
                            Instant due = instant(rs.getTimestamp("due_at"));
                            sheet.row(
                                    rs.getString("reference"),
                                    categories.apply(rs.getString("category")),
                                    priorities.apply(rs.getString("priority")),
                                    statuses.apply(status),
                                    text(instant(rs.getTimestamp("sent_at"))),
                                    text(due),
                                    status.awaitsAnswer() && due != null && due.isBefore(now),
                                    rs.getInt("escalations"),
                                    rs.getString("service_point"));
                            rows[0]++;
                        }));
        audit.record(
                "REFERRALS_EXPORTED",
                "referral-list",
                box.name(),
                null,
                null,
                format.extension() + " " + filter.described() + " " + rows[0] + " row(s)");
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
