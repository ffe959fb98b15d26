package org.porth.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A TCP proxy between the portal and the test PostgreSQL that a test breaks and mends, as a restart
 * of PostgreSQL or a network fault would, without touching the PostgreSQL that other tests and
 * helpers share. {@link #sever()} closes every connection through it and refuses new ones (each is
 * closed as soon as it is made) until {@link #restore()}; {@link #severWhenSent} breaks the
 * connections at the moment the portal sends a given statement, to break a transaction part way.
 * Point the portal at {@link #jdbcUrl(String)}, or use {@link #forSchemaOf}.
 */
public final class DatabaseProxy implements AutoCloseable {

    /** Where a tripwire cuts the connections. */
    public enum Cut {
        /** The statement never reaches PostgreSQL. */
        BEFORE_IT_ARRIVES,
        /** PostgreSQL does it and answers; the answer never reaches the portal. */
        AFTER_IT_IS_DONE
    }

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Tripwire> tripwire = new AtomicReference<>();
    private volatile boolean broken;

    /** The statement that cuts, on a connection that sent {@code after} first (when not null). */
    private record Tripwire(byte[] after, byte[] statement, Cut cut) {
    }

    /** One connection through the proxy: what its tripwire has seen so far. */
    private static final class Link {
        volatile boolean sawEarlier;
        volatile boolean cutAtAnswer;
    }

    private DatabaseProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("database-proxy-" + listener.getLocalPort()).start(this::acceptAll);
    }

    /** A proxy in front of the PostgreSQL the tests use ({@link PostgresTestDatabase}). */
    public static DatabaseProxy toTestDatabase() throws IOException {
        URI uri = URI.create(PostgresTestDatabase.url().substring("jdbc:".length()));
        return new DatabaseProxy(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort()));
    }

    /** A proxy to any TCP service on this machine (the tests' RabbitMQ, say): point the client at {@link #port()}. */
    public static DatabaseProxy to(String host, int port) throws IOException {
        return new DatabaseProxy(new InetSocketAddress(host, port));
    }

    /** The port the proxy listens on, on the loopback address. */
    public int port() {
        return listener.getLocalPort();
    }

    /**
     * For an {@link OnOwnPostgresSchema} test class, from its {@code @DynamicPropertySource}: a proxy
     * to the test database, with the portal pointed through it at the class's schema.
     */
    public static DatabaseProxy forSchemaOf(Class<?> testClass, DynamicPropertyRegistry registry) throws IOException {
        DatabaseProxy proxy = toTestDatabase();
        String url = proxy.jdbcUrl(PostgresTestDatabase.schemaFor(testClass));
        registry.add("spring.datasource.url", () -> url);
        return proxy;
    }

    /**
     * The test database's JDBC address through the proxy, in the schema given. The driver sends every
     * statement with its text ({@code prepareThreshold=0}; it otherwise sends a statement it has used
     * five times on a connection by a name), so a tripwire always sees it.
     */
    public String jdbcUrl(String schema) {
        URI uri = URI.create(PostgresTestDatabase.url().substring("jdbc:".length()));
        String query = uri.getQuery() == null ? "" : uri.getQuery() + "&";
        return "jdbc:postgresql://" + listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort()
                + uri.getPath() + "?" + query + "prepareThreshold=0&currentSchema=" + schema;
    }

    /** Every connection through the proxy closes now, and every new one at once, until {@link #restore()}. */
    public void sever() {
        broken = true;
        closeAll();
    }

    /** Connections go through again (those it closed stay closed: the pool has to make new ones). */
    public void restore() {
        tripwire.set(null);
        broken = false;
    }

    /**
     * The next time the portal sends a statement containing {@code sql} (as the driver writes it, e.g.
     * {@code "insert into submitted_request"}), every connection is severed as by {@link #sever()},
     * where {@code cut} says.
     */
    public void severWhenSent(String sql, Cut cut) {
        tripwire.set(new Tripwire(null, bytes(sql), cut));
    }

    /**
     * As {@link #severWhenSent(String, Cut)}, on the first connection that sends {@code sql} after
     * {@code earlierSql}: {@code "COMMIT"} after {@code "insert into submitted_request"} is the commit
     * of a submission, not of any transaction before it.
     */
    public void severWhenSent(String earlierSql, String sql, Cut cut) {
        tripwire.set(new Tripwire(bytes(earlierSql), bytes(sql), cut));
    }

    @Override
    public void close() throws IOException {
        broken = true;
        listener.close();
        closeAll();
    }

    private void acceptAll() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (broken) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(target.getAddress(), target.getPort());
                open.add(client);
                open.add(server);
                if (broken) { // severed while this one was being made
                    close(client);
                    close(server);
                    continue;
                }
                Link link = new Link();
                Thread.ofVirtual().start(() -> pump(client, server, link, true));
                Thread.ofVirtual().start(() -> pump(server, client, link, false));
            } catch (IOException closedOrRefused) {
                // the listener closed, or PostgreSQL refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to, Link link, boolean fromPortal) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                Cut cut = fromPortal ? tripped(link, buffer, read) : null;
                if (cut == Cut.BEFORE_IT_ARRIVES || !fromPortal && link.cutAtAnswer) {
                    sever();
                    return;
                }
                link.cutAtAnswer |= cut == Cut.AFTER_IT_IS_DONE;
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException severedOrGone) {
            // severed, or the other side went away
        } finally {
            close(from);
            close(to);
            open.remove(from);
            open.remove(to);
        }
    }

    /** Where to cut, if what the portal sent on this link sets the tripwire off (it goes off once). */
    private Cut tripped(Link link, byte[] buffer, int length) {
        Tripwire wire = tripwire.get();
        if (wire == null) {
            return null;
        }
        if (wire.after() != null && !link.sawEarlier) {
            link.sawEarlier = contains(buffer, length, wire.after());
            return null;
        }
        return contains(buffer, length, wire.statement()) && tripwire.compareAndSet(wire, null) ? wire.cut() : null;
    }

    private void closeAll() {
        open.forEach(DatabaseProxy::close);
        open.clear();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // nothing left to close
        }
    }

    private static byte[] bytes(String sql) {
        return sql.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the bytes read hold the statement (a statement the driver writes arrives in one read here). */
    private static boolean contains(byte[] buffer, int length, byte[] statement) {
        outer:
        for (int start = 0; start <= length - statement.length; start++) {
            for (int i = 0; i < statement.length; i++) {
                if (buffer[start + i] != statement[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
