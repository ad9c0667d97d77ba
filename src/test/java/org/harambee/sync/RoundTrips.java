package org.harambee.sync;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what the application sends to its database from the counting thread (a MockMvc request runs on the test's
 * thread; the folder and other background work do not count): each statement executed, each JDBC batch as one, and
 * each savepoint, release, rollback and commit. Imported by a test, it wraps the application's DataSource, keeping its
 * class (a subclass proxy), so that what looks for Hikari still finds it.
 */
public class RoundTrips implements BeanPostProcessor {

    private static final Set<String> EXECUTING = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final Set<String> TRANSACTION_COMMANDS =
            Set.of("setSavepoint", "releaseSavepoint", "rollback", "commit");

    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private volatile Thread counting;

    /** What {@code work} sent to the database from this thread, in order (SQL, or the JDBC command's name). */
    public List<String> during(Runnable work) {
        sent.clear();
        counting = Thread.currentThread();
        try {
            work.run();
        } finally {
            counting = null;
        }
        return List.copyOf(sent);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) call -> {
            Object result = call.proceed();
            return result instanceof Connection c && call.getMethod().getName().equals("getConnection")
                    ? wrap(Connection.class, c, null)
                    : result;
        });
        return factory.getProxy();
    }

    @SuppressWarnings("unchecked")
    private <T> T wrap(Class<T> type, T target, String sql) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = method.getName();
            if (type == Connection.class && TRANSACTION_COMMANDS.contains(name)) {
                count(name);
            } else if (type != Connection.class && EXECUTING.contains(name)) {
                count(args != null && args.length > 0 && args[0] instanceof String s ? s : sql);
            }
            Object result = invoke(method, target, args);
            if (type == Connection.class) {
                String statementSql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                if (result instanceof CallableStatement cs) {
                    return wrap(CallableStatement.class, cs, statementSql);
                }
                if (result instanceof PreparedStatement ps) {
                    return wrap(PreparedStatement.class, ps, statementSql);
                }
                if (result instanceof Statement st) {
                    return wrap(Statement.class, st, null);
                }
            }
            return result;
        });
    }

    private void count(String what) {
        if (Thread.currentThread() == counting) {
            sent.add(what);
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
