package org.porth.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id that ties together every log line of one web request, one API call or one run of a
 * background job, and what that work hands on to threads, outbox rows and events (decision 0057).
 * It lives in the logging context (MDC), so structured logs carry it without any code asking.
 */
public final class Correlation {

    /** The MDC key, and so the field name in the JSON logs. */
    public static final String KEY = "correlationId";
    /** The header a load balancer or a caller may set, and that every response carries back. */
    public static final String HEADER = "X-Request-Id";

    // letters, digits and a little punctuation: an offered id is written into logs and headers as it is
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:+/=-]{8,64}");

    private Correlation() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(KEY));
    }

    /** An id offered from outside, if it is safe to log as it is; otherwise a new one. */
    public static String acceptedOrNew(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /**
     * Works under {@code id} (a new id when null) until the scope is closed, then restores whatever id
     * the thread had before, so that pooled threads never keep one.
     */
    public static Scope open(String id) {
        String before = MDC.get(KEY);
        MDC.put(KEY, id != null ? id : UUID.randomUUID().toString());
        return () -> {
            if (before == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, before);
            }
        };
    }

    /** A correlation scope; closing it never throws. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
