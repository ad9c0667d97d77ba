package org.harambee.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harambee.communities.FieldRecording;
import org.harambee.communities.Phase;
import org.harambee.communities.SpreadKind;
import org.harambee.referrals.AgeBand;
import org.harambee.referrals.Priority;
import org.harambee.referrals.ReferralLists;
import org.harambee.referrals.ReferralStatus;
import org.harambee.referrals.ReferralView;
import org.harambee.referrals.ServiceCategory;
import org.harambee.referrals.Sex;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed for a facilitator since their cursor: their communities' phase and version, their referrals' status
 * and feedback, the service points serving their communities (when that set changed) and, on a full snapshot, the
 * lists the forms offer. Changes are looked for a little before the cursor's time, so that a write whose transaction
 * committed after the cursor was taken is not missed; the phone applies what it gets as upserts.
 */
@Service
@Transactional(readOnly = true)
class DownSync {

    /** How far before the cursor's time changes are looked for again. */
    static final Duration OVERLAP = Duration.ofSeconds(30);

    static final int MAX_REFERRALS = 200;

    /** A community as the phone keeps it. */
    record Community(UUID id, String name, String phase, LocalDate phaseSince, int version) {}

    /**
     * The answer: the new cursor; whether it is a full snapshot (the phone replaces what it holds); the communities
     * changed and the ids of all the facilitator's communities (the phone drops the others); referrals changed; the
     * service points (null: unchanged); the lists (on a full snapshot only), code → name per list.
     */
    record Changes(
            String cursor,
            boolean full,
            List<Community> communities,
            List<UUID> communityIds,
            List<ReferralView.Summary> referrals,
            List<FacilitatorData.Point> servicePoints,
            Map<String, Map<String, String>> lists) {}

    private final FacilitatorData data;
    private final ReferralLists referrals;
    private final FieldRecording field;
    private final MessageSource messages;

    DownSync(FacilitatorData data, ReferralLists referrals, FieldRecording field, MessageSource messages) {
        this.data = data;
        this.referrals = referrals;
        this.field = field;
        this.messages = messages;
    }

    Changes since(String cursorText, Locale locale) {
        Instant now = Instant.now();
        Cursor cursor = Cursor.decode(cursorText);
        String language = locale.getLanguage();
        boolean full = cursor == null || !cursor.language().equals(language);
        Instant since = full ? null : cursor.at().minus(OVERLAP);
        String user = SecurityContextHolder.getContext().getAuthentication().getName();
        List<FieldRecording.FieldCommunity> all = data.communities(user);
        List<Community> communities = all.stream()
                .filter(c -> since == null || c.updatedAt().isAfter(since))
                .map(c -> new Community(
                        c.id(), c.name(), c.phase() == null ? null : c.phase().name(), c.phaseSince(), c.version()))
                .toList();
        List<FacilitatorData.Point> points = data.servicePoints(all);
        String fingerprint = fingerprint(points);
        boolean pointsChanged = full || !fingerprint.equals(cursor.servicePoints());
        return new Changes(
                new Cursor(now, fingerprint, language).encode(),
                full,
                communities,
                all.stream().map(FieldRecording.FieldCommunity::id).toList(),
                referrals.mineChangedSince(since, MAX_REFERRALS),
                pointsChanged ? points : null,
                full ? lists(locale) : null);
    }

    private Map<String, Map<String, String>> lists(Locale locale) {
        Map<String, Map<String, String>> lists = new LinkedHashMap<>();
        lists.put("phases", names("communities.phase.", Phase.values(), locale));
        lists.put("meetingTypes", field.meetingTypes(locale.getLanguage()));
        lists.put("facilitation", names("meetings.facilitation.", new String[] {"COMMUNITY", "EXTERNAL"}, locale));
        lists.put("spreadKinds", names("spread.kind.", SpreadKind.values(), locale));
        lists.put("categories", names("referrals.category.", ServiceCategory.values(), locale));
        lists.put("priorities", names("referrals.priority.", Priority.values(), locale));
        lists.put("ageBands", names("referrals.ageBand.", AgeBand.values(), locale));
        lists.put("sexes", names("referrals.sex.", Sex.values(), locale));
        lists.put("statuses", names("referrals.status.", ReferralStatus.values(), locale));
        return lists;
    }

    private Map<String, String> names(String prefix, Object[] codes, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object code : codes) {
            names.put(code.toString(), messages.getMessage(prefix + code, null, code.toString(), locale));
        }
        return names;
    }

    private static String fingerprint(List<FacilitatorData.Point> points) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            points.forEach(p -> digest.update(p.toString().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
