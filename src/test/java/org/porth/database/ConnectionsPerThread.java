package org.porth.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the pooled connections each thread holds at once and remembers the most the watched
 * thread held. A request that holds one connection and asks for another can, under load, leave
 * every connection in the pool waiting for one more.
 */
public final class ConnectionsPerThread extends DelegatingDataSource {

    private static final ThreadLocal<Integer> HELD = ThreadLocal.withInitial(() -> 0);
    private static final ThreadLocal<Integer> MOST = ThreadLocal.withInitial(() -> 0);

    private ConnectionsPerThread(DataSource pool) {
        super(pool);
    }

    /** Wraps the portal's data source; register it as a bean in the test's configuration. */
    public static BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof ConnectionsPerThread)
                        ? new ConnectionsPerThread(pool) : bean;
            }
        };
    }

    /** Starts counting again for this thread. */
    public static void reset() {
        MOST.set(HELD.get());
    }

    /** The most connections this thread held at once since {@link #reset()}. */
    public static int mostHeldAtOnce() {
        return MOST.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return counted(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return counted(super.getConnection(username, password));
    }

    private static Connection counted(Connection connection) {
        HELD.set(HELD.get() + 1);
        MOST.set(Math.max(MOST.get(), HELD.get()));
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && !closed[0]) {
                        closed[0] = true;
                        HELD.set(HELD.get() - 1);
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
