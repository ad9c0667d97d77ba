package org.harambee.geography.picking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.Permission;
import org.harambee.access.Scope;
import org.harambee.access.Scopes;
import org.harambee.access.UnitPaths;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the places a user may pick for a form or a filter: only places inside the user's scope for the permission the
 * form needs (viewing places when it names none), each with its parents.
 */
@Service
@Transactional(readOnly = true)
public class PlacePicking {

    /** Past this many matches the total is not counted further: the user types more instead. */
    static final int COUNT_CAP = 1000;

    /** A page of the picker holds at most this many places. */
    static final int MAX_SIZE = 50;

    private final PlaceCandidateRecords records;
    private final Scopes scopes;

    PlacePicking(PlaceCandidateRecords records, Scopes scopes) {
        this.records = records;
        this.scopes = scopes;
    }

    /** The permission named by a form ({@code need}), or viewing places when it names none or an unknown one. */
    public static Permission permission(String need) {
        if (need != null) {
            for (Permission p : Permission.values()) {
                if (p.name().equalsIgnoreCase(need.trim())) {
                    return p;
                }
            }
        }
        return Permission.VIEW_PLACES;
    }

    public ResultPage<PlaceCandidate> find(String text, Permission need, int page, int size, String language) {
        int pageSize = Math.min(Math.max(size, 1), MAX_SIZE);
        int pageNumber = Math.max(page, 0);
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return new ResultPage<>(List.of(), pageNumber, pageSize, 0);
        }
        Scope scope = scopes.of(need);
        List<PlaceCandidateRecords.Match> matches =
                records.find(typed, scope, language, pageSize, (long) pageNumber * pageSize);
        long total = matches.size() < pageSize && (pageNumber == 0 || !matches.isEmpty())
                ? (long) pageNumber * pageSize + matches.size()
                : records.count(typed, scope, COUNT_CAP);
        Map<UUID, String> names = records.ancestorNames(
                matches.stream().map(PlaceCandidateRecords.Match::path).toList(), language);
        return new ResultPage<>(matches.stream().map(m -> candidate(m, names)).toList(), pageNumber, pageSize, total);
    }

    /** Parents nearest first; the country is left out unless it is the only parent, as everyone knows their country. */
    private static PlaceCandidate candidate(PlaceCandidateRecords.Match match, Map<UUID, String> names) {
        List<String> parents = new ArrayList<>();
        for (String prefix : UnitPaths.prefixes(match.path())) {
            if (!prefix.equals(match.path())) {
                parents.add(names.getOrDefault(UnitPaths.unitId(prefix), "?"));
            }
        }
        if (parents.size() > 1) {
            parents.remove(0);
        }
        Collections.reverse(parents);
        return new PlaceCandidate(match.pcode(), match.label(), match.depth(), List.copyOf(parents));
    }
}
