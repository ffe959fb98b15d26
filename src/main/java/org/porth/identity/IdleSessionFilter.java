package org.porth.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has been idle for longer than the idle timeout. Vaadin's heartbeat requests
 * keep the servlet session alive while a tab is open, so they do not count as activity here, nor do
 * server push's requests (a long-polling push asks again after every update): only what the person
 * does (page loads and Vaadin's UIDL requests) does. Vaadin's
 * {@code closeIdleSessions} frees the UI state; this filter also ends the sign-in.
 */
class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";
    private static final String VAADIN_REQUEST_TYPE = "v-r";
    private static final Set<String> NOT_ACTIVITY = Set.of("heartbeat", "push");

    private final SessionTimeouts timeouts;
    private final Clock clock;

    IdleSessionFilter(SessionTimeouts timeouts, Clock clock) {
        this.timeouts = timeouts;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            if (isIdle(session, now)) {
                session.invalidate();
            } else if (!NOT_ACTIVITY.contains(String.valueOf(request.getParameter(VAADIN_REQUEST_TYPE)))) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isIdle(HttpSession session, Instant now) {
        return session.getAttribute(LAST_ACTIVITY) instanceof Instant last
                && !last.plus(timeouts.idle()).isAfter(now);
    }
}
