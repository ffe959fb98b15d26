package org.porth.channels.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's "select for update" buckets in {@code api_rate_bucket} on H2, which has no
 * {@code insert ... on conflict do nothing} (the only SQL of Bucket4j's PostgreSQL manager H2 cannot
 * run): a missing row is inserted if absent, and a duplicate's failure is only "someone else made it"
 * (a failed statement leaves an H2 transaction usable). The same locking as on PostgreSQL otherwise.
 */
final class H2RateBuckets extends AbstractSelectForUpdateBasedProxyManager<String> {

    private final DataSource dataSource;

    H2RateBuckets(DataSource dataSource) {
        super(ClientSideConfig.getDefault());
        this.dataSource = dataSource;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeout) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw BucketExceptions.from(e);
        }
        return new SelectForUpdateBasedTransaction() {
            @Override
            public void begin(Optional<Long> requestTimeout) {
                run(() -> connection.setAutoCommit(false));
            }

            @Override
            public LockAndGetResult tryLockAndGet(Optional<Long> requestTimeout) {
                try (PreparedStatement select = connection.prepareStatement(
                        "select state from api_rate_bucket where id = ? for update")) {
                    applyTimeout(select, requestTimeout);
                    select.setString(1, key);
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                    }
                } catch (SQLException e) {
                    throw BucketExceptions.from(e);
                }
            }

            @Override
            public boolean tryInsertEmptyData(Optional<Long> requestTimeout) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into api_rate_bucket (id, state) select ?, null
                        where not exists (select 1 from api_rate_bucket where id = ?)""")) {
                    applyTimeout(insert, requestTimeout);
                    insert.setString(1, key);
                    insert.setString(2, key);
                    return insert.executeUpdate() > 0;
                } catch (SQLException madeByAnotherMeanwhile) {
                    return false;
                }
            }

            @Override
            public void update(byte[] data, RemoteBucketState newState, Optional<Long> requestTimeout) {
                try (PreparedStatement update = connection.prepareStatement(
                        "update api_rate_bucket set state = ? where id = ?")) {
                    applyTimeout(update, requestTimeout);
                    update.setBytes(1, data);
                    update.setString(2, key);
                    update.executeUpdate();
                } catch (SQLException e) {
                    throw BucketExceptions.from(e);
                }
            }

            @Override
            public void commit(Optional<Long> requestTimeout) {
                run(connection::commit);
            }

            @Override
            public void rollback() {
                run(connection::rollback);
            }

            @Override
            public void release() {
                run(connection::close);
            }
        };
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from api_rate_bucket where id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw BucketExceptions.from(e);
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    private static void run(SqlStep step) {
        try {
            step.run();
        } catch (SQLException e) {
            throw BucketExceptions.from(e);
        }
    }
}
