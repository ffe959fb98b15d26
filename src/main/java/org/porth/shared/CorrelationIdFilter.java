package org.porth.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request its correlation id: the load balancer's {@code X-Request-Id} when it sent a
 * usable one (HAProxy does, so its log and ours meet), otherwise a new one; sent back on the response.
 */
final class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = Correlation.acceptedOrNew(request.getHeader(Correlation.HEADER));
        response.setHeader(Correlation.HEADER, id);
        try (Correlation.Scope ignored = Correlation.open(id)) {
            chain.doFilter(request, response);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
