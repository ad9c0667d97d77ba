package org.harambee.home;

import java.util.List;
import org.harambee.access.Role;

/**
 * A person's home: one section for each role they hold, in the order of {@link Role}, and their unread notices.
 *
 * @param sections what waits for each role
 * @param unreadNotices in-app notices not yet read
 */
public record Home(List<Section> sections, long unreadNotices) {

    /** What waits for one role: counts with a link each, and the first few records to act on. */
    public record Section(Role role, List<Item> items, List<Line> lines) {}

    /**
     * One count and where to act on it.
     *
     * @param key what is counted ({@code meetingDue}, {@code overdue}…; named in messages as {@code home.item.<key>})
     * @param count how many; null for a link that counts nothing (the research pages)
     * @param href the page to act on it
     * @param attention true when someone should act now (overdue, due, failed)
     */
    public record Item(String key, Long count, String href, boolean attention) {}

    /**
     * One record to act on.
     *
     * @param kind {@code community}, {@code referral}, {@code phase}, {@code readiness} or {@code adoption}
     * @param label its name or reference (never a child's identity)
     * @param code its state: a phase, a priority, {@code READY}/{@code NOT_READY}, {@code PASSES}/{@code FAILS}
     * @param when its date (last meeting, deadline, planned start), ISO-8601; null for none
     * @param href its page
     * @param attention true when it is due or overdue
     */
    public record Line(String kind, String label, String code, String when, String href, boolean attention) {}
}
