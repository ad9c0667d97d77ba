package org.harambee.access.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.harambee.access.tokens.BearerTokens;
import org.harambee.system.BusyAnswers;
import org.harambee.system.SecurityHeaders;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains (the actuator's is {@code system.ManagementSecurity}): the REST API under {@code /api/**} speaks HTTP Basic and bearer tokens and answers problem
 * details, keeps no session of its own (it reads a signed-in page's, for the offline app, and then wants the CSRF
 * token, even when an {@code Authorization} header comes along); writes from another origin are refused on both
 * ({@link OriginCheck}); pages use form login with sessions and CSRF protection. Both send a strict
 * Content-Security-Policy (no inline scripts or styles), which the WebJars and our own assets satisfy, a same-origin
 * Referrer-Policy, and, over HTTPS (also behind a proxy that says so in {@code X-Forwarded-Proto}), HSTS.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = SecurityHeaders.CSP;

    /**
     * No page address (with its ids and filters) leaves for another site; one-time link pages send none at all
     * (referrals.LinkController sets its own, which this does not override).
     */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    /** Swagger UI styles some elements inline; it shows no data of its own, so it alone may. */
    static final String CSP_API_DOCS = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            AuthenticationEntryPoint refusedSignIns,
            AccessDeniedHandler refusals,
            BearerTokens tokens,
            BusyAnswers busy)
            throws Exception {
        // a password that could not be checked for want of a turn is "try again shortly", not "wrong password"
        AuthenticationEntryPoint problems = (request, response, e) -> {
            if (e instanceof SignInBusyException) {
                busy.write(request, response);
            } else {
                refusedSignIns.commence(request, response, e);
            }
        };
        http.addFilterBefore(tokens, BasicAuthenticationFilter.class);
        http.addFilterBefore(new OriginCheck(refusals), CsrfFilter.class);
        http.securityMatcher("/api/**")
                // SMS intake authenticates RapidPro by its shared secret (referrals.SmsIntake), not by an account
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/sms/rapidpro")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("Harambee").authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(refusals))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the offline app (sync module) calls the API with the page's session: read it, never write one,
                // and ask such calls for the page's CSRF token
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new SessionReading())))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writeBySession))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(REFERRER_POLICY)));
        return http.build();
    }

    /** The token filter runs inside the API chain only, not for every request of the servlet container. */
    @Bean
    FilterRegistrationBean<BearerTokens> bearerTokensRegistration(BearerTokens tokens) {
        FilterRegistrationBean<BearerTokens> registration = new FilterRegistrationBean<>(tokens);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, BusyAnswers busy) throws Exception {
        AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        RequestMatcher apiDocs = new OrRequestMatcher(path("/swagger-ui/**"), path("/swagger-ui.html"));
        http.addFilterBefore(new OriginCheck(new AccessDeniedHandlerImpl()), CsrfFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/app/manifest.webmanifest",
                                "/app/*.js",
                                "/app/*.css",
                                "/app/*.svg",
                                "/favicon.ico",
                                "/login",
                                "/password-reset",
                                "/r/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler((request, response, e) -> {
                            if (e instanceof SignInBusyException) {
                                busy.write(request, response);
                            } else {
                                wrongPassword.onAuthenticationFailure(request, response, e);
                            }
                        })
                        .permitAll())
                .logout(Customizer.withDefaults())
                .headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(apiDocs),
                                new StaticHeadersWriter("Content-Security-Policy", CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                apiDocs, new StaticHeadersWriter("Content-Security-Policy", CSP_API_DOCS)))
                        .referrerPolicy(r -> r.policy(REFERRER_POLICY)));
        return http.build();
    }

    /**
     * A change that comes with a signed-in page's session needs the page's CSRF token, whatever else it carries: a
     * browser adds the session cookie (and any cached credentials) to a forged request by itself, so an
     * {@code Authorization} header next to a session proves nothing. Only a request without a session, authenticated
     * by its own bearer token or password, goes without the token.
     */
    static boolean writeBySession(HttpServletRequest request) {
        return OriginCheck.isWrite(request) && request.getSession(false) != null;
    }

    /** The signed-in page's security context, read from its session; the API never writes one. */
    private static final class SessionReading extends HttpSessionSecurityContextRepository {

        SessionReading() {
            setAllowSessionCreation(false);
        }

        @Override
        public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
            // the API chain keeps no session of its own
        }
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
