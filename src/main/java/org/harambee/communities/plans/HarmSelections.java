package org.harambee.communities.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.communities.Communities;
import org.harambee.communities.CommunityRef;
import org.harambee.communities.internal.Choices;
import org.harambee.system.Ids;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The harms a community selected to address, from the configurable list, with the groups it consulted (girls, boys,
 * women, men, elders, people with disabilities: at least one) and the day.
 */
@Service
class HarmSelections {

    private static final Inputs INPUTS = Inputs.keyed("communities");

    static final List<String> GROUPS = List.of("GIRLS", "BOYS", "WOMEN", "MEN", "ELDERS", "PEOPLE_WITH_DISABILITIES");

    record HarmInput(String harm, String selectedOn, List<String> groupsConsulted, String note) {}

    record SelectionView(
            UUID id,
            String harm,
            String harmName,
            LocalDate selectedOn,
            List<String> groupsConsulted,
            String note,
            String recordedBy) {}

    private final PlanRecords records;
    private final Communities communities;
    private final Choices choices;
    private final Scopes scopes;
    private final AuditTrail audit;

    HarmSelections(PlanRecords records, Communities communities, Choices choices, Scopes scopes, AuditTrail audit) {
        this.records = records;
        this.communities = communities;
        this.choices = choices;
        this.scopes = scopes;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<SelectionView> of(UUID communityId, String language) {
        CommunityRef community = communities.get(communityId);
        scopes.require(Permission.VIEW_PROGRAMME, community.unitPath());
        Map<String, String> names = choices.names(Choices.HARM, language);
        return records.selections(communityId).stream()
                .map(s -> new SelectionView(
                        s.id(),
                        s.harm(),
                        names.getOrDefault(s.harm(), s.harm()),
                        s.selectedOn(),
                        s.groups(),
                        s.note(),
                        s.recordedBy()))
                .toList();
    }

    @Transactional
    SelectionView record(UUID communityId, HarmInput input, String language) {
        CommunityRef community = communities.get(communityId);
        scopes.require(Permission.MANAGE_COMMUNITIES, community.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        String harm = Inputs.trimmed(input.harm());
        if (!choices.isActive(Choices.HARM, harm)) {
            problems.add(new FieldProblem("harm", "harms.harm.invalid"));
        }
        LocalDate on = INPUTS.pastDate("selectedOn", input.selectedOn(), true, LocalDate.now(), problems);
        List<String> groups = input.groupsConsulted() == null
                ? List.of()
                : GROUPS.stream().filter(input.groupsConsulted()::contains).toList();
        if (groups.isEmpty()) {
            problems.add(new FieldProblem("groupsConsulted", "harms.groups.required"));
        } else if (input.groupsConsulted().stream().anyMatch(g -> !GROUPS.contains(g))) {
            problems.add(new FieldProblem("groupsConsulted", "harms.groups.unknown"));
        }
        String note = INPUTS.text("note", input.note(), 1000, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PlanRecords.Selection selection =
                new PlanRecords.Selection(Ids.newId(), communityId, harm, on, groups, note, CurrentUser.name());
        records.insert(selection);
        audit.record(
                "HARM_SELECTED",
                "harm-selection",
                selection.id().toString(),
                community.unitId(),
                community.unitPath(),
                harm + " " + on);
        return of(communityId, language).stream()
                .filter(s -> s.id().equals(selection.id()))
                .findFirst()
                .orElseThrow();
    }
}
