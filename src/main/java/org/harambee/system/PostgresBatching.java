package org.harambee.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, lets the driver send a JDBC batch as multi-row inserts ({@code reWriteBatchedInserts}), which makes
 * bulk writes such as a national boundary import several times faster. Other databases do not know the setting, so it
 * is added only when the URL names PostgreSQL and the operator has not set it.
 */
@Component
class PostgresBatching implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
                && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !hikari.getJdbcUrl().contains(PROPERTY)
                && !hikari.getDataSourceProperties().containsKey(PROPERTY)) {
            hikari.addDataSourceProperty(PROPERTY, "true");
        }
        return bean;
    }
}
