package org.harambee.system;

import java.time.Duration;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
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
    BodyReads bodyReads(CapacitySettings settings) {
        return new BodyReads(
                settings.bodyReaders(),
                settings.bodyReadTimeout(),
                settings.bodyMinRate().toBytes());
    }

    /**
     * A body's bytes must keep coming: the container's read timeout while a body is read is the body read timeout
     * ({@code connectionUploadTimeout}; Tomcat's connection timeout, 60 s, otherwise), uploads included.
     */
    @Bean
    TomcatConnectorCustomizer bodyReadTimeout(CapacitySettings settings) {
        return connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setDisableUploadTimeout(false);
                http.setConnectionUploadTimeout((int)
                        Math.min(Integer.MAX_VALUE, settings.bodyReadTimeout().toMillis()));
            }
        };
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
            BodyLimits limits,
            BodyReads reads,
            BusyAnswers busy,
            JsonMapper json,
            MessageSource messages,
            LocaleResolver locales) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(limits, reads, busy, json, messages, locales));
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CapacityFilter> capacityFilter(
            Admissions admissions,
            BodyReads reads,
            BusyAnswers busy,
            CapacityMetrics metrics,
            CapacitySettings settings) {
        FilterRegistrationBean<CapacityFilter> registration =
                new FilterRegistrationBean<>(new CapacityFilter(admissions, reads, busy, metrics, settings));
        registration.setOrder(CAPACITY_ORDER);
        return registration;
    }
}
