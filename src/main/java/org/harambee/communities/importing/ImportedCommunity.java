package org.harambee.communities.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.communities.CommunityFacilitators;
import org.harambee.communities.Origin;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.communities.registration.CommunityRegistration;
import org.harambee.system.ImportContext;
import org.harambee.system.ImportPlace;
import org.harambee.system.ImportRecord;

/**
 * One community of an import file as read from its line ({@link #read}), its references (partner, neighbour) found by
 * {@link CommunityImportChecks}, and its id once written by {@link CommunityImportWriting}.
 */
final class ImportedCommunity {

    static final int MAX_NAME = 200;

    final int line;
    final String name;
    final ImportPlace place;
    final Long populationTotal;
    final Long populationChildren;
    final String partner;
    final Origin origin;
    final String heardFrom;
    final List<CommunityFacilitators.NamedFacilitator> facilitators;
    UUID partnerId;
    UUID sourceId;
    ImportedCommunity sourceInFile;
    UUID id;

    private ImportedCommunity(
            int line,
            String name,
            ImportPlace place,
            Long populationTotal,
            Long populationChildren,
            String partner,
            Origin origin,
            String heardFrom,
            List<CommunityFacilitators.NamedFacilitator> facilitators) {
        this.line = line;
        this.name = name;
        this.place = place;
        this.populationTotal = populationTotal;
        this.populationChildren = populationChildren;
        this.partner = partner;
        this.origin = origin;
        this.heardFrom = heardFrom;
        this.facilitators = facilitators;
    }

    /** Its natural key: its place and its name as the search folds it. */
    String key() {
        return place.id() + "/" + CommunityRecords.searchName(name);
    }

    /** The details to write, once its references are found (a neighbour of the file written before it). */
    CommunityRecords.Details details() {
        UUID source = sourceInFile != null ? sourceInFile.id : sourceId;
        return new CommunityRecords.Details(
                name, place.id(), place.path(), populationTotal, populationChildren, partnerId, origin, source);
    }

    /** The names of its facilitators, in the file's order. */
    List<String> facilitatorNames() {
        return facilitators.stream()
                .map(CommunityFacilitators.NamedFacilitator::name)
                .toList();
    }

    /** Reads and checks one record; reports its problems by column and answers {@code null} when it has any. */
    static ImportedCommunity read(ImportRecord record, ImportContext context) {
        int line = record.line();
        boolean ok = true;
        String name = record.cell("name");
        if (name == null) {
            context.problem(line, "name", "recordImports.value.required");
            ok = false;
        } else if (name.length() > MAX_NAME) {
            context.problem(line, "name", "recordImports.value.tooLong", MAX_NAME);
            ok = false;
        }
        Long total = count(record, "population_total", context);
        Long children = count(record, "population_children", context);
        if (total != null && children != null && children > total) {
            context.problem(line, "population_children", "recordImports.communities.childrenMoreThanTotal");
            ok = false;
        }
        Origin origin = Origin.AGENCY_INITIATED;
        String originCell = record.cell("origin");
        if (originCell != null) {
            origin = Origin.parse(originCell);
            if (origin == null) {
                context.problem(
                        line,
                        "origin",
                        "recordImports.value.oneOf",
                        originCell,
                        Arrays.stream(Origin.values()).map(Origin::name).collect(Collectors.joining(", ")));
                ok = false;
            }
        }
        String heardFrom = record.cell("heard_from");
        if (origin == Origin.NEIGHBOUR_REQUEST && heardFrom == null) {
            context.problem(line, "heard_from", "recordImports.communities.heardFromRequired");
            ok = false;
        } else if (origin != null && origin != Origin.NEIGHBOUR_REQUEST && heardFrom != null) {
            context.problem(line, "heard_from", "recordImports.communities.heardFromOnlyForNeighbour");
            ok = false;
        }
        List<CommunityFacilitators.NamedFacilitator> named = new ArrayList<>();
        ok &= names(record, "facilitators", true, named, context);
        ok &= names(record, "outside_facilitators", false, named, context);
        if (named.size() > CommunityRegistration.MAX_FACILITATORS) {
            context.problem(
                    line,
                    "facilitators",
                    "recordImports.communities.tooManyFacilitators",
                    CommunityRegistration.MAX_FACILITATORS);
            ok = false;
        }
        if (!ok || record.place() == null) {
            return null;
        }
        return new ImportedCommunity(
                line, name, record.place(), total, children, record.cell("partner"), origin, heardFrom, named);
    }

    private static boolean names(
            ImportRecord record,
            String column,
            boolean inside,
            List<CommunityFacilitators.NamedFacilitator> named,
            ImportContext context) {
        String cell = record.cell(column);
        if (cell == null) {
            return true;
        }
        for (String part : cell.split(";")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_NAME) {
                context.problem(record.line(), column, "recordImports.value.tooLong", MAX_NAME);
                return false;
            }
            named.add(new CommunityFacilitators.NamedFacilitator(name, inside));
        }
        return true;
    }

    private static Long count(ImportRecord record, String column, ImportContext context) {
        String cell = record.cell(column);
        if (cell == null) {
            return null;
        }
        try {
            long value = Long.parseLong(cell.replace(" ", "").replace("\u00A0", ""));
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        context.problem(record.line(), column, "recordImports.value.notCount", cell);
        return null;
    }
}
