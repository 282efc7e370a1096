package dev.gatehouse.web.errors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Wraps every request of a server (public and management port): the MDC that {@link RequestIds} fills is
 * empty when the request starts and emptied when it ends, whatever it threw. Jetty reuses its threads,
 * so without this a line logged for the next request, or by Jetty between requests, would carry the
 * previous caller's request id and user id.
 */
public final class RequestScope implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        MDC.clear();
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.clear();
        }
    }
}
