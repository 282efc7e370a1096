package dev.gatehouse.web.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A request's log context starts empty and is emptied when the request ends, also when it throws. */
class RequestScopeTest {
    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void requestWhenThreadCarriesAnotherRequestsIdsThenStartsEmptyAndLeavesNothing() throws Exception {
        MDC.put(RequestIds.MDC_REQUEST_ID, "left-by-a-jetty-error-page");
        MDC.put(RequestIds.MDC_USER_ID, "someone-else");
        Map<?, ?>[] seen = new Map<?, ?>[1];
        FilterChain chain = (req, res) -> {
            seen[0] = MDC.getCopyOfContextMap();
            RequestIds.identify("user-1", "client-1");
            MDC.put(RequestIds.MDC_REQUEST_ID, "request-1");
        };

        new RequestScope().doFilter(null, null, chain);

        assertThat(seen[0] == null || seen[0].isEmpty()).as("MDC at the start: %s", seen[0]).isTrue();
        assertThat(MDC.getCopyOfContextMap() == null || MDC.getCopyOfContextMap().isEmpty()).isTrue();
    }

    @Test
    void requestWhenHandlerThrowsThenNothingLeftBehind() {
        FilterChain chain = (req, res) -> {
            RequestIds.identify("user-1", "client-1");
            throw new IllegalStateException("handler failed");
        };

        assertThatThrownBy(() -> new RequestScope().doFilter(null, null, chain)).hasMessage("handler failed");

        assertThat(MDC.get(RequestIds.MDC_USER_ID)).isNull();
        assertThat(MDC.get(RequestIds.MDC_CLIENT_ID)).isNull();
    }
}
