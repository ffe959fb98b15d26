package org.porth.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Text on its way into the database loses U+0000. PostgreSQL cannot store it in text at all, so one
 * typed or sent in an answer, a message, a name or a search would fail the whole transaction (a case
 * that could never open); no person means it. Every string parameter of every statement, JPA's and
 * plain JDBC's alike, goes through here, so no path into the database can forget it.
 */
@Configuration(proxyBeanMethods = false)
class TextWithoutNulls {

    private static final String NUL = "\u0000";

    @Bean
    static BeanPostProcessor dataSourcesWithoutNulls() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof NulFreeDataSource)
                        ? new NulFreeDataSource(dataSource) : bean;
            }
        };
    }

    /** The text as it can be stored: {@code null} stays {@code null}. */
    static String withoutNulls(String text) {
        return text == null || !text.contains(NUL) ? text : text.replace(NUL, "");
    }

    static final class NulFreeDataSource extends DelegatingDataSource {

        NulFreeDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return statementsWithoutNulls(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return statementsWithoutNulls(super.getConnection(username, password));
        }
    }

    private static Connection statementsWithoutNulls(Connection connection) {
        return (Connection) proxy(Connection.class, connection, (method, result) ->
                result instanceof PreparedStatement statement && method.getName().startsWith("prepare")
                        ? proxy(statementType(statement), statement, null) : result);
    }

    private static Class<?> statementType(PreparedStatement statement) {
        return statement instanceof CallableStatement ? CallableStatement.class : PreparedStatement.class;
    }

    private interface ResultMapper {
        Object map(Method method, Object result) throws SQLException;
    }

    private static Object proxy(Class<?> type, Object target, ResultMapper results) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("equals") && method.getParameterCount() == 1) {
                return proxy == args[0];
            }
            if (method.getName().equals("hashCode") && method.getParameterCount() == 0) {
                return System.identityHashCode(proxy);
            }
            if (args != null && isStringSetter(method)) {
                args[1] = args[1] instanceof String text ? withoutNulls(text) : args[1];
            }
            try {
                Object result = method.invoke(target, args);
                return results == null ? result : results.map(method, result);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(TextWithoutNulls.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static boolean isStringSetter(Method method) {
        String name = method.getName();
        return method.getParameterCount() >= 2
                && (name.equals("setString") || name.equals("setNString") || name.equals("setObject"));
    }
}
