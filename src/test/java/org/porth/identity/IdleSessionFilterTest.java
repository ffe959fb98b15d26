package org.porth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * A session ends after 30 idle minutes, counting only what the person does: Vaadin's heartbeats keep
 * an open tab's connection alive but are not activity.
 */
class IdleSessionFilterTest {

    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Instant START = Instant.parse("2026-11-26T09:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final IdleSessionFilter filter = new IdleSessionFilter(new SessionTimeouts(IDLE, Duration.ofMinutes(2)), clock);
    private final MockHttpSession session = new MockHttpSession();

    /** Whether the session was still valid when the rest of the chain (Spring Security, Vaadin) ran. */
    private Boolean validWhenChainRan;

    @Test
    void aRequestRecordsActivity() throws Exception {
        send(pageRequest());

        assertThat(session.getAttribute(IdleSessionFilter.LAST_ACTIVITY)).isEqualTo(START);
    }

    @Test
    void eachRequestMovesTheLastActivityOn() throws Exception {
        send(pageRequest());
        clock.advance(Duration.ofMinutes(10));
        send(uidlRequest());

        assertThat(session.getAttribute(IdleSessionFilter.LAST_ACTIVITY)).isEqualTo(START.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aHeartbeatIsNotActivity() throws Exception {
        send(pageRequest());
        clock.advance(Duration.ofMinutes(5));
        send(heartbeat());

        assertThat(session.getAttribute(IdleSessionFilter.LAST_ACTIVITY)).isEqualTo(START);
        assertThat(validWhenChainRan).isTrue();
    }

    @Test
    void heartbeatsDoNotKeepAnIdleSessionAlive() throws Exception {
        send(pageRequest());
        for (int minute = 5; minute < 30; minute += 5) {
            clock.set(START.plus(Duration.ofMinutes(minute)));
            send(heartbeat());
        }
        clock.set(START.plus(IDLE));
        send(heartbeat());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void longPollingPushAskingAgainAfterEveryUpdateDoesNotKeepAnIdleSessionAlive() throws Exception {
        send(pageRequest());
        for (int minute = 5; minute < 30; minute += 5) {
            clock.set(START.plus(Duration.ofMinutes(minute)));
            send(pushRequest());
        }
        clock.set(START.plus(IDLE));
        send(pushRequest());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionIdleForExactlyTheTimeoutEndsBeforeTheChainRuns() throws Exception {
        send(pageRequest());
        clock.advance(IDLE);
        send(pageRequest());

        assertThat(session.isInvalid()).isTrue();
        assertThat(validWhenChainRan).isFalse();
    }

    @Test
    void aSessionIdleForLongerEndsBeforeTheChainRuns() throws Exception {
        send(pageRequest());
        clock.advance(Duration.ofHours(3));
        send(uidlRequest());

        assertThat(session.isInvalid()).isTrue();
        assertThat(validWhenChainRan).isFalse();
    }

    @Test
    void aSessionActiveWithinTheTimeoutIsKept() throws Exception {
        send(pageRequest());
        clock.advance(IDLE.minusSeconds(1));
        send(pageRequest());

        assertThat(session.isInvalid()).isFalse();
        assertThat(validWhenChainRan).isTrue();
        assertThat(session.getAttribute(IdleSessionFilter.LAST_ACTIVITY)).isEqualTo(START.plus(IDLE).minusSeconds(1));
    }

    @Test
    void aRequestWithoutASessionDoesNotStartOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> validWhenChainRan = true);

        assertThat(request.getSession(false)).isNull();
        assertThat(validWhenChainRan).isTrue();
    }

    private void send(MockHttpServletRequest request) throws ServletException, IOException {
        request.setSession(session);
        FilterChain chain = (req, res) -> validWhenChainRan = !session.isInvalid();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
    }

    private static MockHttpServletRequest pageRequest() {
        return new MockHttpServletRequest("GET", "/my-requests");
    }

    private static MockHttpServletRequest uidlRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=uidl&v-uiId=0");
        request.setParameter("v-r", "uidl");
        request.setParameter("v-uiId", "0");
        return request;
    }

    private static MockHttpServletRequest heartbeat() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString("v-r=heartbeat&v-uiId=0");
        request.setParameter("v-r", "heartbeat");
        request.setParameter("v-uiId", "0");
        return request;
    }

    /** Server push's long-polling request, made again after each update it brings (decision 0030). */
    private static MockHttpServletRequest pushRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/VAADIN/push");
        request.setQueryString("v-r=push&v-uiId=0&X-Atmosphere-Transport=long-polling");
        request.setParameter("v-r", "push");
        request.setParameter("v-uiId", "0");
        request.setParameter("X-Atmosphere-Transport", "long-polling");
        return request;
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
