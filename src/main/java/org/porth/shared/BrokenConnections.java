package org.porth.shared;

import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import com.zaxxer.hikari.SQLExceptionOverride;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * When one database connection breaks (PostgreSQL restarted, the network failed), the pool drops
 * every connection it holds, not only that one: they broke together. The pool checks a connection
 * before lending it only when it has been idle for half a second, so it went on lending the others,
 * and each action that got one failed in turn with "Unable to rollback against JDBC Connection".
 * Now the action that meets the break fails (and its page says so: shell.ServiceProblems), and the
 * next gets a new connection. Checking every connection before it is lent would spare that one
 * action, at a round trip per transaction: docs/performance.md, decision 0026.
 */
@Component
class BrokenConnections implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(BrokenConnections.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool) {
            pool.setExceptionOverride(new DropThemAll(pool));
        }
        return bean;
    }

    /** A failure of the connection itself: SQLSTATE class 08, or PostgreSQL shutting down or starting (57P01–57P03). */
    static boolean broken(SQLException failure) {
        String state = failure.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /** Told of every error on a pooled connection; the pool's own rules then drop the connection that failed. */
    private record DropThemAll(HikariDataSource pool) implements SQLExceptionOverride {

        public Override adjudicate(SQLException failure) {
            HikariPoolMXBean connections = pool.getHikariPoolMXBean();
            if (broken(failure) && connections != null) {
                log.warn("A database connection broke (SQLSTATE {}: {}): dropping every pooled connection",
                        failure.getSQLState(), failure.getMessage());
                connections.softEvictConnections();
            }
            return Override.CONTINUE_EVICT;
        }
    }
}
