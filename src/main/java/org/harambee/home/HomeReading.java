package org.harambee.home;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.harambee.access.CurrentUser;
import org.harambee.access.Role;
import org.harambee.access.Scopes;
import org.harambee.referrals.NoticeCount;
import org.harambee.system.DeploymentZone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the signed-in user's home: the section of each role they hold, in one read-only transaction (one connection),
 * each section a bounded number of queries.
 */
@Service
@Transactional(readOnly = true)
class HomeReading {

    private final Map<Role, RoleHome> homes = new EnumMap<>(Role.class);
    private final Scopes scopes;
    private final NoticeCount notices;
    private final DeploymentZone zone;
    private final Clock clock = Clock.systemUTC();

    HomeReading(List<RoleHome> homes, Scopes scopes, NoticeCount notices, DeploymentZone zone) {
        homes.forEach(h -> this.homes.put(h.role(), h));
        this.scopes = scopes;
        this.notices = notices;
        this.zone = zone;
    }

    /** The home of the signed-in user, place names in {@code language}. */
    Home read(String language) {
        String username = CurrentUser.signedIn().orElseThrow();
        var now = clock.instant();
        Reader reader = new Reader(username, now, zone.day(now), language);
        List<Home.Section> sections = scopes.roles().stream()
                .filter(homes::containsKey)
                .map(role -> homes.get(role).section(reader))
                .toList();
        return new Home(sections, notices.unread(username));
    }
}
