package org.harambee.system;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filters that run first on every request, after Boot's HTTP metrics: the request id, the body size limit, then
 * the capacity door.
 * Both come before the session filter ({@code SessionRepositoryFilter.DEFAULT_ORDER}) and Spring Security, which may
 * read the database.
 */
@Configuration(proxyBeanMethods = false)
class OperationsFilters {

    static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 3;
    static final int CAPACITY_ORDER = Ordered.HIGHEST_PRECEDENCE + 4;

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
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            BodyLimits limits, JsonMapper json, MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(limits, json, messages, locales));
        registration.setOrder(BODY_LIMIT_ORDER);
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
