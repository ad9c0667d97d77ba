package org.harambee.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Read-your-writes with a read replica: a request that may write (any method but GET, HEAD, OPTIONS and TRACE) gives
 * the browser a cookie that keeps its replica reads on the primary for {@link ReplicaSettings#primaryAfterWrite()},
 * longer than the replica may lag, so that the page after a POST-redirect-GET shows what was just saved. The cookie
 * holds only the time it ends; on every node it means the same, whichever node took the write.
 */
class PrimaryAfterWrites extends OncePerRequestFilter {

    static final String COOKIE = "harambee_primary";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ReplicaSettings settings;

    PrimaryAfterWrites(ReplicaSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!safe(request.getMethod())) {
            long seconds = Math.max(1, (settings.primaryAfterWrite().toMillis() + 999) / 1000);
            Cookie cookie = new Cookie(COOKIE, Long.toString(System.currentTimeMillis() + seconds * 1000));
            cookie.setPath("/");
            cookie.setMaxAge((int) seconds);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        chain.doFilter(request, response);
    }

    static boolean safe(String method) {
        return SAFE.contains(method);
    }

    static boolean wroteLately(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                try {
                    return Long.parseLong(cookie.getValue()) > System.currentTimeMillis();
                } catch (NumberFormatException e) {
                    return true; // a cookie we did not write: the safe side is the primary
                }
            }
        }
        return false;
    }
}
