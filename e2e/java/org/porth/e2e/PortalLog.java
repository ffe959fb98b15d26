package org.porth.e2e;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * What the portal under test (it runs in the test's JVM) logs while a journey runs: each event's
 * message, context (MDC) and stack trace, so that a test can say what must never be in the logs.
 */
final class PortalLog extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
    private final Logger root;

    private PortalLog() {
        root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        setContext(root.getLoggerContext());
        setName("portal-log-" + System.identityHashCode(this));
        start();
        root.addAppender(this);
    }

    /** Records from now until closed. */
    static PortalLog record() {
        return new PortalLog();
    }

    @Override
    protected void append(ILoggingEvent event) {
        String thrown = event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy());
        events.add(event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap() + " " + thrown);
    }

    List<String> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
