package org.harambee.home;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements prepared on the calling thread while {@link #during} runs (background jobs on other
 * threads are not counted): the data source is wrapped so that each connection reports what it prepares.
 */
final class StatementCounting implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** How many statements {@code call} prepared on this thread. */
    static int during(Callable<?> call) throws Exception {
        COUNT.set(new int[1]);
        try {
            call.call();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource) || bean instanceof Counting) {
            return bean;
        }
        return new Counting(dataSource);
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    StatementCounting.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                        String name = m.getName();
                        int[] count = COUNT.get();
                        if (count != null
                                && (name.equals("prepareStatement")
                                        || name.equals("createStatement")
                                        || name.equals("prepareCall"))) {
                            count[0]++;
                        }
                        try {
                            return m.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
