package dev.gatehouse.federation.upstream;

import dev.gatehouse.federation.Upstream;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.federation.UpstreamStart;
import dev.gatehouse.federation.UpstreamUser;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * At most {@code maxConcurrent} operations of one provider at a time; the next fails at once with
 * {@code UNAVAILABLE} instead of queueing. An upstream that hangs thus holds at most that many request
 * threads, each for at most the fetch deadline (or a few, for an operation of several calls), and
 * sign-ins through other providers, and password logins, keep theirs.
 */
final class BoundedUpstream implements Upstream {
    @FunctionalInterface
    private interface Operation<T> {
        T run() throws UpstreamException;
    }

    private final String providerId;
    private final Semaphore permits;
    private final UpstreamObserver observer;
    private final Upstream inner;

    BoundedUpstream(String providerId, int maxConcurrent, UpstreamObserver observer, Upstream inner) {
        this.providerId = providerId;
        this.permits = new Semaphore(maxConcurrent);
        this.observer = observer;
        this.inner = inner;
    }

    @Override
    public UpstreamStart start(URI callbackUri) throws UpstreamException {
        return bounded("start", () -> inner.start(callbackUri));
    }

    @Override
    public UpstreamUser finish(UpstreamStart started, Map<String, String> callback, URI callbackUri) throws UpstreamException {
        return bounded("finish", () -> inner.finish(started, callback, callbackUri));
    }

    @Override
    public UpstreamUser verifyIdToken(String idToken, String nonce) throws UpstreamException {
        return bounded("verify", () -> inner.verifyIdToken(idToken, nonce));
    }

    private <T> T bounded(String step, Operation<T> operation) throws UpstreamException {
        if (!permits.tryAcquire()) {
            UpstreamHttp.tell(observer, providerId, step, Duration.ZERO, "busy");
            throw new UpstreamException(Reason.UNAVAILABLE, providerId + ": too many sign-ins under way");
        }
        try {
            return operation.run();
        } finally {
            permits.release();
        }
    }
}
