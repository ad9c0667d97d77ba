package org.harambee.system;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The two filters that run first on every request, after Boot's HTTP metrics: the request id, then the capacity door.
 * Both come before the session filter ({@code SessionRepositoryFilter.DEFAULT_ORDER}) and Spring Security, which may
 * read the database.
 */
@Configuration(proxyBeanMethods = false)
class OperationsFilters {

    static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;
    static final int CAPACITY_ORDER = Ordered.HIGHEST_PRECEDENCE + 3;

    @Bean
    Admissions admissions(CapacitySettings settings) {
        return new Admissions(
                settings.maxConcurrent(),
                settings.maxQueued(),
                settings.maxWait().toNanos());
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter(
            @Value("${harambee.logging.slow-request:2s}") Duration slowRequest) {
        FilterRegistrationBean<RequestIdFilter> registration =
                new FilterRegistrationBean<>(new RequestIdFilter(slowRequest));
        registration.setOrder(REQUEST_ID_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CapacityFilter> capacityFilter(
            Admissions admissions, BusyAnswers busy, CapacityMetrics metrics, CapacitySettings settings) {
        FilterRegistrationBean<CapacityFilter> registration =
                new FilterRegistrationBean<>(new CapacityFilter(admissions, busy, metrics, settings));
        registration.setOrder(CAPACITY_ORDER);
        return registration;
    }
}
