package org.porth.channels.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.porth.channels.ApiCaller;
import org.porth.devices.SignedSources;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sensor alert signed by its gateway (Standard Webhooks headers, no token): the signature over the
 * exact body is the sign-in. Verified against the secret of the source the body names; a good one
 * signs the call in as that source with {@code alerts:write} only, a bad one is 401 at once.
 */
final class SignedAlertFilter extends OncePerRequestFilter {

    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";
    static final String PATH = "/api/v1/sensor-alerts";

    private final SignedSources sources;
    private final JsonMapper json;
    private final ProblemResponses problems;
    private final long maxBytes;

    SignedAlertFilter(SignedSources sources, JsonMapper json, ProblemResponses problems, long maxBytes) {
        this.sources = sources;
        this.json = json;
        this.problems = problems;
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PATH.equals(request.getRequestURI())
                || request.getHeader(SIGNATURE) == null || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        Optional<String> source = source(body);
        if (body.length > maxBytes || source.isEmpty() || !sources.signedBy(source.get(), request.getHeader(ID),
                request.getHeader(TIMESTAMP), request.getHeader(SIGNATURE), body)) {
            problems.write(new ApiProblem(HttpStatus.UNAUTHORIZED, "sensor-bad-signature"), request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiAuthentication(new ApiCaller(ApiSensorAlerts.SIGNED_PREFIX + source.get(),
                source.get(), Optional.empty()), null, List.of(new SimpleGrantedAuthority("SCOPE_alerts:write"))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(new Replayed(request, body), response);
    }

    private Optional<String> source(byte[] body) {
        try {
            JsonNode source = json.readTree(body).path("source");
            return source.isString() ? Optional.of(source.asString()) : Optional.empty();
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }

    /** The request with its body, already read for the signature, to read again. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return body.length == 0 || available() == 0;
                }

                @Override
                public int available() {
                    try {
                        return in.available();
                    } catch (IOException never) {
                        return 0;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Read synchronously");
                }
            };
        }
    }
}
