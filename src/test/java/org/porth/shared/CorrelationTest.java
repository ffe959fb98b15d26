package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A request keeps the load balancer's id when it is safe to log, gets a new one otherwise, and
 * hands it on to the tasks it starts; a job gets a new id on every run; no pooled thread keeps one.
 */
class CorrelationTest {

    private final CorrelationIdFilter filter = new CorrelationIdFilter();

    @AfterEach
    void nothingLeftBehind() {
        assertThat(MDC.get(Correlation.KEY)).isNull();
    }

    @Test
    void aRequestWorksUnderTheIdTheLoadBalancerGaveItAndSendsItBack() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/services");
        request.addHeader(Correlation.HEADER, "0a1b2c3d4e5f:haproxy-1");
        MockHttpServletResponse response = new MockHttpServletResponse();

        String seen = idSeenBy(request, response);

        assertThat(seen).isEqualTo("0a1b2c3d4e5f:haproxy-1");
        assertThat(response.getHeader(Correlation.HEADER)).isEqualTo(seen);
    }

    @Test
    void anIdThatCouldForgeLogLinesOrIsMissingIsReplacedByANewOne() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String offered : new String[] {"abc\r\nfake log line", "short", "x".repeat(65), null}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            if (offered != null) {
                request.addHeader(Correlation.HEADER, offered);
            }
            MockHttpServletResponse response = new MockHttpServletResponse();
            seen.add(idSeenBy(request, response));
            assertThat(response.getHeader(Correlation.HEADER)).isEqualTo(seen.getLast());
        }
        assertThat(seen).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void aTaskStartedByARequestRunsUnderTheRequestsId() {
        Runnable task;
        AtomicReference<String> seen = new AtomicReference<>();
        try (Correlation.Scope ignored = Correlation.open("request-0001")) {
            task = new CorrelatedTasks().decorate(() -> seen.set(MDC.get(Correlation.KEY)));
        }
        task.run();

        assertThat(seen).hasValue("request-0001");
    }

    @Test
    void eachRunOfAScheduledJobHasAnIdOfItsOwn() {
        List<String> seen = new ArrayList<>();
        Runnable job = new CorrelatedTasks().decorate(() -> seen.add(MDC.get(Correlation.KEY)));

        job.run();
        job.run();

        assertThat(seen).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void closingAScopeGivesBackTheIdThatWasThere() {
        try (Correlation.Scope outer = Correlation.open("outer-0001")) {
            try (Correlation.Scope inner = Correlation.open("inner-0001")) {
                assertThat(Correlation.current()).hasValue("inner-0001");
            }
            assertThat(Correlation.current()).hasValue("outer-0001");
        }
    }

    private String idSeenBy(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                seen.set(MDC.get(Correlation.KEY));
            }
        }));
        return seen.get();
    }
}
