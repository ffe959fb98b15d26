package org.porth.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ceiling for a benchmark on PostgreSQL: the very rows the portal wrote while it ran (every table,
 * every row inserted or changed since a transaction id), inserted again by plain JDBC into empty copies
 * of their tables (same columns, indexes and checks; no foreign keys), one transaction per request,
 * from as many threads as the benchmark had clients over the same number of pooled connections. No
 * application can write those rows faster than this on the same machine.
 */
final class JdbcCeiling {

    private static final String PREFIX = "ceiling_";

    private final JdbcTemplate jdbc;

    JdbcCeiling(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The transaction id before the portal starts writing: rows written after it are copied. */
    long mark() {
        return jdbc.queryForObject("select txid_current() % 4294967296", Long.class);
    }

    /** Copies of every row written since the mark, table by table. */
    List<TableRows> writtenSince(long mark) {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'ceiling\\_%'
                order by table_name""", String.class);
        List<TableRows> written = new ArrayList<>();
        for (String table : tables) {
            List<String> columns = jdbc.queryForList("""
                    select column_name from information_schema.columns
                    where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
                    order by ordinal_position""", String.class, table);
            String list = String.join(", ", columns.stream().map(JdbcCeiling::quoted).toList());
            List<Object[]> rows = jdbc.query("select " + list + " from " + quoted(table)
                    + " where xmin::text::bigint >= ?", (result, n) -> row(result, columns.size()), mark);
            if (!rows.isEmpty()) {
                written.add(new TableRows(table, columns, rows));
            }
        }
        return written;
    }

    /**
     * Inserts the rows again as {@code requests} transactions, each with its share of every table's rows.
     *
     * @return the seconds taken
     */
    double insert(DataSource pool, List<TableRows> written, int requests, int threads) throws Exception {
        for (TableRows table : written) {
            jdbc.execute("drop table if exists " + quoted(PREFIX + table.table()));
            jdbc.execute("create table " + quoted(PREFIX + table.table()) + " (like " + quoted(table.table())
                    + " including all)");
        }
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService workers = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                running.add(workers.submit(() -> {
                    for (int request = next.getAndIncrement(); request < requests; request = next.getAndIncrement()) {
                        insertShare(pool, written, request, requests);
                    }
                    return null;
                }));
            }
            for (Future<?> each : running) {
                each.get();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void insertShare(DataSource pool, List<TableRows> written, int request, int requests)
            throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            for (TableRows table : written) {
                try (PreparedStatement insert = connection.prepareStatement(table.insertInto(PREFIX))) {
                    boolean any = false;
                    for (int i = request; i < table.rows().size(); i += requests) {
                        Object[] row = table.rows().get(i);
                        for (int column = 0; column < row.length; column++) {
                            insert.setObject(column + 1, row[column]);
                        }
                        insert.addBatch();
                        any = true;
                    }
                    if (any) {
                        insert.executeBatch();
                    }
                }
            }
            connection.commit();
        }
    }

    private static Object[] row(ResultSet result, int columns) throws SQLException {
        Object[] row = new Object[columns];
        for (int column = 0; column < columns; column++) {
            row[column] = result.getObject(column + 1);
        }
        return row;
    }

    private static String quoted(String name) {
        return '"' + name + '"';
    }

    /** The rows of one table written since the mark. */
    record TableRows(String table, List<String> columns, List<Object[]> rows) {

        String insertInto(String prefix) {
            String names = String.join(", ", columns.stream().map(JdbcCeiling::quoted).toList());
            String marks = String.join(", ", columns.stream().map(column -> "?").toList());
            return "insert into " + quoted(prefix + table) + " (" + names + ") overriding system value values ("
                    + marks + ")";
        }
    }
}
