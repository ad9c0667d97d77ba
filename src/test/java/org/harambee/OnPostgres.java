package org.harambee;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a test class against PostgreSQL, named by {@code HARAMBEE_TEST_POSTGRES_URL} (a JDBC URL; user and password
 * may follow in {@code HARAMBEE_TEST_POSTGRES_USER} and {@code HARAMBEE_TEST_POSTGRES_PASSWORD}). Without that
 * variable the class is skipped, and the test report says why.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(
        named = "HARAMBEE_TEST_POSTGRES_URL",
        matches = ".+",
        disabledReason = "PostgreSQL tests are off: set HARAMBEE_TEST_POSTGRES_URL to a JDBC URL to run them")
@TestPropertySource(
        properties = {
            "spring.datasource.url=${HARAMBEE_TEST_POSTGRES_URL}",
            "spring.datasource.username=${HARAMBEE_TEST_POSTGRES_USER:postgres}",
            "spring.datasource.password=${HARAMBEE_TEST_POSTGRES_PASSWORD:}",
            // the contexts of many test classes stay cached side by side: each keeps one idle connection, not ten,
            // so that together they stay under the server's max_connections (100 by default)
            "spring.datasource.hikari.minimum-idle=1",
            "spring.datasource.hikari.idle-timeout=10000"
        })
public @interface OnPostgres {}
