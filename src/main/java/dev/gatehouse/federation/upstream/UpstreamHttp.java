package dev.gatehouse.federation.upstream;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.net.GuardedHttpFetcher;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The HTTP of one provider: every call through the guarded fetcher (address guard, https unless the
 * operator allowed the network, deadline, size cap, no redirects), each call's duration and outcome
 * told to the observer. (The bound on concurrent calls is {@link BoundedUpstream}'s, around whole
 * operations, so that waiting for another thread's discovery counts too.)
 */
final class UpstreamHttp {
    /** An answer as the protocol code reads it. */
    record Answer(int status, String contentType, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final GuardedHttpFetcher fetcher;
    private final UpstreamObserver observer;
    private final String providerId;

    UpstreamHttp(GuardedHttpFetcher fetcher, UpstreamObserver observer, String providerId) {
        this.fetcher = fetcher;
        this.observer = observer;
        this.providerId = providerId;
    }

    String providerId() {
        return providerId;
    }

    /**
     * One exchange. A network failure, timeout, guard refusal or 5xx answer is {@code UNAVAILABLE}; other
     * answers are returned for the caller to judge.
     */
    Answer send(String step, String method, URI uri, Map<String, String> headers, String body) throws UpstreamException {
        long start = System.nanoTime();
        String outcome = "unavailable";
        try {
            GuardedHttpFetcher.Response r = fetcher.send(method, uri, headers,
                    body == null ? null : body.getBytes(StandardCharsets.UTF_8));
            Answer answer = new Answer(r.status(), r.contentType(), new String(r.body(), StandardCharsets.UTF_8));
            if (answer.status() >= 500) throw new UpstreamException(Reason.UNAVAILABLE, providerId + " " + step + ": status " + r.status());
            outcome = answer.ok() ? "ok" : "error";
            return answer;
        } catch (IOException e) {
            throw new UpstreamException(Reason.UNAVAILABLE, providerId + " " + step + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UpstreamException(Reason.INVALID, providerId + " " + step + ": unusable request", e);
        } finally {
            tell(observer, providerId, step, Duration.ofNanos(System.nanoTime() - start), outcome);
        }
    }

    /** Tells the observer; a failing observer (metrics) never fails a sign-in. */
    static void tell(UpstreamObserver observer, String providerId, String step, Duration took, String outcome) {
        try {
            observer.called(providerId, step, took, outcome);
        } catch (RuntimeException e) {
            // the metric is lost, the sign-in goes on
        }
    }

    /** A GET whose 200 answer is a JSON object; {@code bearer} (may be null) goes in {@code Authorization}. */
    Map<String, Object> getObject(String step, URI uri, String bearer) throws UpstreamException {
        return JsonBodies.object(step, checkedGet(step, uri, bearer));
    }

    /** A GET whose 200 answer is a JSON array (GitHub's {@code /user/emails}). */
    List<Object> getArray(String step, URI uri, String bearer) throws UpstreamException {
        String body = checkedGet(step, uri, bearer);
        List<Object> array;
        try {
            array = JSONArrayUtils.parse(body);
        } catch (ParseException e) {
            array = null;
        }
        if (array == null) throw new UpstreamException(Reason.INVALID, providerId + " " + step + ": not a JSON array");
        return array;
    }

    private String checkedGet(String step, URI uri, String bearer) throws UpstreamException {
        Map<String, String> headers = bearer == null
                ? Map.of("Accept", "application/json")
                : Map.of("Accept", "application/json", "Authorization", "Bearer " + bearer);
        Answer answer = send(step, "GET", uri, headers, null);
        if (answer.status() != 200) {
            throw new UpstreamException(Reason.INVALID, providerId + " " + step + ": status " + answer.status());
        }
        return answer.body();
    }

    /** Small JSON helpers over Nimbus' parser (the one the token types use). */
    static final class JsonBodies {
        private JsonBodies() {}

        static Map<String, Object> object(String step, String body) throws UpstreamException {
            Map<String, Object> object;
            try {
                object = JSONObjectUtils.parse(body);
            } catch (ParseException e) {
                object = null;
            }
            if (object == null) throw new UpstreamException(Reason.INVALID, step + ": not a JSON object"); // "null" parses to null
            return object;
        }
    }
}
