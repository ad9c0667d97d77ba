package org.harambee.system;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may read the actuator: health, liveness and readiness anyone (load balancers and orchestrators ask without
 * credentials; they show a status and no data); everything else exposed (the Prometheus metrics) only on the separate
 * management port ({@code management.server.port}, docs/operations.md), which is kept off the public network. When
 * the actuator shares the application's port, only health is open. Neither reads a session, so a probe never touches
 * the database on its way in.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http, Environment environment) throws Exception {
        RequestMatcher probes = EndpointRequest.toAdditionalPaths(WebServerNamespace.SERVER, HealthEndpoint.class);
        RequestMatcher health = EndpointRequest.to(HealthEndpoint.class);
        // when the port differs, EndpointRequest matches only requests that arrived on the management server
        RequestMatcher onManagementPort =
                request -> ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(), probes))
                .authorizeHttpRequests(auth -> auth.requestMatchers(health, probes)
                        .permitAll()
                        .requestMatchers(onManagementPort)
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                // the exposed endpoints only read (health, info, prometheus): no form to forge
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
