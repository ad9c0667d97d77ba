package org.harambee.communities.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitRef;
import org.harambee.system.ExportFormat;
import org.harambee.system.RecordExports;
import org.harambee.system.RecordStreams;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Component;

/**
 * What the lists of a community's records (meetings, harm selections, actions) do alike once their rows are read: the
 * places of a page or of a file's batch are asked once, each row is made into the list's line with its place, and a
 * file of every row is streamed and audited with its filters and row count. Each list keeps its own SQL, lines and
 * columns; the filters are {@link RecordFilters}'.
 */
@Component
public class RecordLists {

    /** Streams every row a list's filters select, batch by batch ({@code listings.each(filter, streams, batch)}). */
    public interface Rows<R> {

        void each(RecordStreams streams, Consumer<List<R>> batch);
    }

    /** How an export is audited: the action, the kind of record and the name of the list's code in the filters. */
    public record Exported(String action, String entity, String codeName) {}

    private final Geography geography;
    private final RecordStreams streams;
    private final RecordExports exports;
    private final AuditTrail audit;

    RecordLists(Geography geography, RecordStreams streams, RecordExports exports, AuditTrail audit) {
        this.geography = geography;
        this.streams = streams;
        this.exports = exports;
        this.audit = audit;
    }

    /**
     * One page of a list: {@code rows} read for it, each made into a line by {@code line} with the place of its unit
     * ({@code unit}; null for a unit since removed), {@code total} rows in all.
     */
    public <R, L> ResultPage<L> page(
            List<R> rows,
            Function<R, UUID> unit,
            BiFunction<R, UnitRef, L> line,
            int page,
            int size,
            long total,
            String language) {
        Map<UUID, UnitRef> places = places(rows, unit, language);
        return new ResultPage<>(
                rows.stream().map(r -> line.apply(r, places.get(unit.apply(r)))).toList(), page, size, total);
    }

    /**
     * The file {@code name} of every row of the list: the header's keys in the reader's language, then each row's cells
     * ({@code cells}, with the place of its unit), places asked once a batch; audited with the filters and the count.
     */
    public <R> void export(
            RecordFilters.Filter filter,
            ExportFormat format,
            HttpServletResponse response,
            String name,
            List<String> header,
            Rows<R> rows,
            Function<R, UUID> unit,
            BiFunction<R, UnitRef, Object[]> cells,
            String language,
            Exported exported)
            throws IOException {
        long[] count = {0};
        exports.write(
                response,
                format,
                name,
                header,
                sheet -> rows.each(streams, batch -> {
                    Map<UUID, UnitRef> places = places(batch, unit, language);
                    for (R row : batch) {
                        sheet.row(cells.apply(row, places.get(unit.apply(row))));
                    }
                    count[0] += batch.size();
                }));
        audit.record(
                exported.action(),
                exported.entity(),
                filter.unit(),
                null,
                filter.areaPath(),
                format.extension() + " " + filter.described(exported.codeName()) + " " + count[0] + " row(s)");
    }

    private <R> Map<UUID, UnitRef> places(List<R> rows, Function<R, UUID> unit, String language) {
        return geography.byIds(rows.stream().map(unit).collect(Collectors.toSet()), language);
    }
}
