package org.harambee.partners.forums;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harambee.access.AuditTrail;
import org.harambee.geography.UnitView;
import org.harambee.partners.CommunityDirectory;
import org.harambee.partners.internal.PartnerPlaces;
import org.harambee.partners.stakeholders.StakeholderKind;
import org.harambee.partners.stakeholders.StakeholderRecords;
import org.harambee.partners.stakeholders.StakeholderRegistering;
import org.harambee.system.Ids;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.harambee.system.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forums where communities meet each other and the stakeholders above them: placed in a unit, optionally convened by
 * a stakeholder the writer can see, with the communities represented (ids of the communities module, kept as given)
 * and meetings ({@link ForumMeetingRecording}).
 */
@Service
class ForumRegistering {

    static final int MAX_COMMUNITIES = 500;
    static final int MEETINGS_SHOWN = 100;

    /** A new forum: name, P-code of its unit, convening stakeholder (optional), communities represented. */
    record ForumInput(String name, String unit, UUID convenerId, List<UUID> representedCommunityIds) {}

    /** What may change of a forum; the communities listed replace those before. */
    record ForumChange(String name, UUID convenerId, List<UUID> representedCommunityIds) {}

    record Convener(UUID id, String name, StakeholderKind kind) {}

    record ForumView(
            UUID id,
            String name,
            PartnerPlaces.Place unit,
            Convener convener,
            List<UUID> representedCommunityIds,
            long meetingCount,
            LocalDate lastMet,
            List<ForumRecords.Meeting> meetings) {}

    private final ForumRecords forums;
    private final StakeholderRecords stakeholders;
    private final PartnerPlaces places;
    private final AuditTrail audit;
    private final CommunityDirectory communityDirectory;

    ForumRegistering(
            ForumRecords forums,
            StakeholderRecords stakeholders,
            PartnerPlaces places,
            AuditTrail audit,
            CommunityDirectory communityDirectory) {
        this.forums = forums;
        this.stakeholders = stakeholders;
        this.places = places;
        this.audit = audit;
        this.communityDirectory = communityDirectory;
    }

    /** Forums without their meetings and communities, which {@link #get} gives. */
    @Transactional(readOnly = true)
    ResultPage<ForumView> list(String unit, int page, int size, String language) {
        UnitView area = places.area(unit, language);
        String path = area == null ? null : area.path();
        int pageSize = ResultPage.size(size);
        int from = Math.max(page, 0);
        List<ForumRecords.Row> rows = forums.list(path, places.reading(), from, pageSize);
        return new ResultPage<>(views(rows, false), from, pageSize, forums.count(path, places.reading()));
    }

    @Transactional(readOnly = true)
    ForumView get(UUID id) {
        ForumRecords.Row row = row(id);
        places.requireRead(row.unitPath());
        return views(List.of(row), true).get(0);
    }

    /** The forum, for a form that changes it: 403 outside the writer's scope. */
    @Transactional(readOnly = true)
    ForumView editable(UUID id) {
        ForumRecords.Row row = row(id);
        places.requireWrite(row.unitPath());
        return views(List.of(row), true).get(0);
    }

    @Transactional
    ForumView create(ForumInput input, String language) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<UnitView> unit = places.resolve(input.unit(), "unit", problems, language);
        unit.ifPresent(u -> places.requireWrite(u.path()));
        String name = StakeholderRegistering.name(input.name(), problems);
        convener(input.convenerId(), problems);
        List<UUID> communities = communities(
                input.representedCommunityIds(), unit.map(UnitView::path).orElse(null), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = Ids.newId();
        forums.insert(id, name, unit.get().id(), unit.get().path(), input.convenerId());
        forums.replaceCommunities(id, communities);
        record("FORUM_CREATED", row(id), name + ", " + communities.size() + " communities");
        return get(id);
    }

    @Transactional
    ForumView update(UUID id, ForumChange change) {
        ForumRecords.Row before = row(id);
        places.requireWrite(before.unitPath());
        List<FieldProblem> problems = new ArrayList<>();
        String name = StakeholderRegistering.name(change.name(), problems);
        convener(change.convenerId(), problems);
        List<UUID> communities = communities(change.representedCommunityIds(), before.unitPath(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        forums.update(id, name, change.convenerId());
        forums.replaceCommunities(id, communities);
        record("FORUM_UPDATED", before, name + ", " + communities.size() + " communities");
        return get(id);
    }

    /** A convener must be a stakeholder the writer can see. */
    private void convener(UUID id, List<FieldProblem> problems) {
        if (id != null
                && stakeholders
                        .find(id)
                        .filter(s -> places.reading().covers(s.unitPath()))
                        .isEmpty()) {
            problems.add(new FieldProblem("convenerId", "partners.forum.convener.unknown"));
        }
    }

    /** Registered communities inside the forum's unit (when that is known), each counted once. */
    private List<UUID> communities(List<UUID> ids, String forumPath, List<FieldProblem> problems) {
        if (ids == null) {
            return List.of();
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new FieldProblem("representedCommunityIds", "partners.forum.communities.invalid"));
        } else if (ids.size() > MAX_COMMUNITIES) {
            problems.add(
                    new FieldProblem("representedCommunityIds", "partners.forum.communities.tooMany", MAX_COMMUNITIES));
        }
        List<UUID> distinct = List.copyOf(
                new LinkedHashSet<>(ids.stream().filter(i -> i != null).toList()));
        if (forumPath != null && problems.stream().noneMatch(p -> p.field().equals("representedCommunityIds"))) {
            long inside = communityDirectory.byIds(distinct).stream()
                    .filter(c -> c.unitPath().startsWith(forumPath))
                    .count();
            if (inside < distinct.size()) {
                problems.add(new FieldProblem("representedCommunityIds", "partners.forum.communities.unknown"));
            }
        }
        return distinct;
    }

    /** The communities a forum represents, by name. */
    List<CommunityDirectory.Community> represented(List<UUID> ids) {
        return communityDirectory.byIds(ids);
    }

    /** The communities of the area a forum at {@code unitPath} can represent. */
    List<CommunityDirectory.Community> candidates(String unitPath) {
        return communityDirectory.within(unitPath, MAX_COMMUNITIES);
    }

    ForumRecords.Row row(UUID id) {
        return forums.find(id).orElseThrow(NotFoundException.of("partners.notFound"));
    }

    private List<ForumView> views(List<ForumRecords.Row> rows, boolean details) {
        Function<UUID, PartnerPlaces.Place> units =
                places.names(rows.stream().map(ForumRecords.Row::unitId).toList());
        Map<UUID, Convener> conveners = stakeholders
                .byIds(rows.stream()
                        .map(ForumRecords.Row::convenerId)
                        .filter(c -> c != null)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(StakeholderRecords.Row::id, s -> new Convener(s.id(), s.name(), s.kind())));
        return rows.stream()
                .map(r -> new ForumView(
                        r.id(),
                        r.name(),
                        units.apply(r.unitId()),
                        r.convenerId() == null ? null : conveners.get(r.convenerId()),
                        details ? forums.communities(r.id()) : null,
                        r.meetingCount(),
                        r.lastMet(),
                        details ? forums.meetings(r.id(), MEETINGS_SHOWN) : null))
                .toList();
    }

    void record(String action, ForumRecords.Row forum, String detail) {
        audit.record(action, "forum", forum.id().toString(), forum.unitId(), forum.unitPath(), detail);
    }
}
