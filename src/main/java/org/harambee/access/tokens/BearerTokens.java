package org.harambee.access.tokens;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer hmb_…} on the API: a valid token signs the request in as its owner; an unknown, expired
 * or revoked token is answered 401 at once, the same way for each, so a token's state is not revealed. It runs inside
 * the API filter chain, before HTTP Basic ({@link org.harambee.access.signin.SecurityConfiguration}), never as a servlet filter of its own.
 */
@Component
public class BearerTokens extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserDetailsService users;
    private final AuthenticationEntryPoint refusal;

    BearerTokens(ApiTokens tokens, UserDetailsService users, AuthenticationEntryPoint refusal) {
        this.tokens = tokens;
        this.users = users;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String owner = tokens.owner(header.substring(7).trim()).orElse(null);
        if (owner == null) {
            SecurityContextHolder.clearContext();
            refusal.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        UserDetails user = users.loadUserByUsername(owner);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
