package org.harambee.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.harambee.access.Scope;
import org.harambee.geography.PlaceMatching;
import org.harambee.system.ImportPlace;
import org.harambee.system.ImportRecord;
import org.springframework.stereotype.Component;

/**
 * Finds the place each record of a placed kind names: its {@code pcode}, or its {@code place} name with the name of a
 * place above it in {@code parent} (the place picker's matching, {@link PlaceMatching}). An unknown P-code or name, a
 * name that fits several places (listed, so that the file can give a P-code) and a place outside the importer's area
 * are problems of the record.
 */
@Component
class ImportPlaces {

    private final PlaceMatching matching;

    ImportPlaces(PlaceMatching matching) {
        this.matching = matching;
    }

    List<ImportRecord> resolve(List<ImportRecord> records, Scope scope, ImportProblems problems) {
        Map<String, ImportPlace> byPcode = matching.byPcodes(records.stream()
                .map(r -> r.cell(ImportHeader.PCODE))
                .filter(p -> p != null)
                .toList());
        Map<String, List<ImportPlace>> byName = new HashMap<>();
        List<ImportRecord> resolved = new ArrayList<>(records.size());
        for (ImportRecord record : records) {
            ImportPlace place = place(record, byPcode, byName, problems);
            if (place != null && !scope.covers(place.path())) {
                problems.add(record.line(), column(record), "recordImports.place.outsideArea", place.pcode());
                place = null;
            }
            resolved.add(record.withPlace(place));
        }
        return resolved;
    }

    private ImportPlace place(
            ImportRecord record,
            Map<String, ImportPlace> byPcode,
            Map<String, List<ImportPlace>> byName,
            ImportProblems problems) {
        String pcode = record.cell(ImportHeader.PCODE);
        if (pcode != null) {
            ImportPlace place = byPcode.get(pcode.toUpperCase(Locale.ROOT));
            if (place == null) {
                problems.add(record.line(), ImportHeader.PCODE, "recordImports.place.unknownPcode", pcode);
            }
            return place;
        }
        String name = record.cell(ImportHeader.PLACE);
        if (name == null) {
            problems.add(record.line(), ImportHeader.PCODE, "recordImports.place.missing");
            return null;
        }
        String parent = record.cell(ImportHeader.PARENT);
        String key = name.toLowerCase(Locale.ROOT) + "\u0000" + (parent == null ? "" : parent.toLowerCase(Locale.ROOT));
        List<ImportPlace> candidates = byName.computeIfAbsent(key, k -> matching.byName(name, parent));
        if (candidates.isEmpty()) {
            if (parent == null) {
                problems.add(record.line(), ImportHeader.PLACE, "recordImports.place.unknownName", name);
            } else {
                problems.add(record.line(), ImportHeader.PLACE, "recordImports.place.unknownNameIn", name, parent);
            }
            return null;
        }
        if (candidates.size() > 1) {
            String listed = candidates.stream()
                    .limit(PlaceMatching.MAX_CANDIDATES)
                    .map(c -> c.pcode() + " " + c.name())
                    .collect(Collectors.joining(", "));
            if (candidates.size() > PlaceMatching.MAX_CANDIDATES) {
                listed += ", …";
            }
            problems.add(record.line(), ImportHeader.PLACE, "recordImports.place.ambiguous", name, listed);
            return null;
        }
        return candidates.get(0);
    }

    private static String column(ImportRecord record) {
        return record.cell(ImportHeader.PCODE) != null ? ImportHeader.PCODE : ImportHeader.PLACE;
    }
}
