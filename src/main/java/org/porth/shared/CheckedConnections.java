package org.porth.shared;

import java.sql.Connection;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Every connection the pool lends is checked before it is used (one round trip: an empty statement on
 * PostgreSQL). A broken one is thrown away with every idle connection beside it, which broke with it,
 * and a new one lent instead. The pool alone checks only connections idle for more than half a
 * second, so after a database restart it lent connections that had just broken: the first Continue
 * or Send failed with "Unable to rollback against JDBC Connection", and so did the next if it came
 * quickly. Decision 0026; measured in docs/performance.md.
 */
@Component
class CheckedConnections implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(CheckedConnections.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof HikariDataSource pool ? new Checked(pool) : bean;
    }

    /** The pool, lending only connections that answer. */
    static final class Checked extends DelegatingDataSource implements AutoCloseable {

        private final HikariDataSource pool;

        Checked(HikariDataSource pool) {
            super(pool);
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = pool.getConnection();
            if (connection.isValid(validationSeconds())) {
                return connection;
            }
            log.warn("A pooled database connection was broken (the database restarted, or the network failed):"
                    + " dropping it and every idle connection, and making new ones");
            pool.evictConnection(connection);
            pool.getHikariPoolMXBean().softEvictConnections();
            return pool.getConnection();
        }

        /** Closed with the application context, as the pool itself would be. */
        @Override
        public void close() {
            pool.close();
        }

        private int validationSeconds() {
            return (int) Math.max(1, pool.getValidationTimeout() / 1000);
        }
    }
}
