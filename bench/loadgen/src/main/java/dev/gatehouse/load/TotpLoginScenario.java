package dev.gatehouse.load;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Password plus TOTP sign-ins (API.md §7): {@code POST /api/v1/login} answers 401 {@code mfa_required}
 * with an mfa_token, and {@code POST /api/v1/login/mfa} with a code computed here gives the tokens; the
 * two requests are one measured sign-in. Setup signs up this connection's share of the pool (users
 * i, i+N, ...) and turns TOTP on for each through the account API. The server accepts each 30 s step
 * once per user, within one step of its clock, so a user signs in about once per step: the pool must
 * hold enough users: in a run of W seconds each gets one to three steps at once and one more per 30 s,
 * so some (sign-ins/s) x W / (1 + W / 30) users. With too few, sign-ins go out with a step the server
 * refuses and count as errors (said once on stderr).
 */
final class TotpLoginScenario extends TwoStepSignIns {

    private static final long MAX_PAUSE_MILLIS = 500;

    private final byte[][] secrets;
    /** Per user, the last step it signed in (or confirmed) with; each slot belongs to one connection's thread. */
    private final AtomicLongArray lastStep;
    /** Per connection: the user and step of its sign-in in flight. */
    private final int[] current;
    private final long[] currentStep;
    private final java.util.concurrent.atomic.AtomicBoolean waited = new java.util.concurrent.atomic.AtomicBoolean();

    TotpLoginScenario(HttpTarget target, Accounts accounts, Credentials[] users, int connections) {
        super("totp_login", target, accounts, users, connections);
        this.secrets = new byte[users.length][];
        this.lastStep = new AtomicLongArray(users.length);
        this.current = new int[connections];
        this.currentStep = new long[connections];
    }

    @Override
    void addFactor(HttpConnection conn, int i, String access) throws IOException {
        Response started = expect(conn.send(target.postJson("/api/v1/me/mfa/totp", "{}", access)), 200, "TOTP enrolment");
        String secret = started.field("secret");
        if (secret == null) {
            throw new Accounts.SetupException("TOTP enrolment without a secret: " + started.bodyText());
        }
        secrets[i] = TotpCodes.base32(secret);
        long step = TotpCodes.step(System.currentTimeMillis());
        expect(conn.send(target.postJson("/api/v1/me/mfa/totp/confirm", JsonFields.object("code", TotpCodes.code(secrets[i], step)), access)),
                200, "TOTP confirmation");
        lastStep.set(i, step);
    }

    @Override
    public Request next(ConnState state) {
        int c = state.index();
        int share = share(c);
        long from = state.nextIteration();
        long now = TotpCodes.step(System.currentTimeMillis());
        int pick = -1;
        long pickStep = Long.MAX_VALUE;
        for (int k = 0; k < share; k++) {
            int u = c + (int) ((from + k) % share) * connections;
            long step = TotpCodes.nextStep(lastStep.get(u), now);
            if (TotpCodes.usable(step, now)) {
                pick = u;
                pickStep = step;
                break;
            }
            if (step < pickStep) {
                pick = u;
                pickStep = step;
            }
        }
        if (!TotpCodes.usable(pickStep, now)) {
            // Every user of this connection has spent the window: a short pause in case the step is about to
            // open, then the sign-in goes out anyway and the server's refusal (401) counts as an error, so an
            // undersized pool shows in the figures instead of stalling the run for up to a step.
            if (waited.compareAndSet(false, true)) {
                System.err.println("totp_login: a user's TOTP window is spent: the pool (--users) is too small for this rate");
            }
            long opens = (pickStep - 1) * TotpCodes.STEP_SECONDS * 1000;
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(Math.min(MAX_PAUSE_MILLIS, Math.max(0, opens - System.currentTimeMillis()) + 5)));
        }
        lastStep.set(pick, pickStep);
        current[c] = pick;
        currentStep[c] = pickStep;
        firstStep(state);
        return accounts.loginRequest(users[pick]);
    }

    @Override
    public Request followUp(ConnState state, Response response) {
        int c = state.index();
        String mfaToken = response.status() == 401 ? response.field("mfa_token") : null;
        if (mfaToken == null || !secondStep(state)) {
            return null;
        }
        return target.postJson("/api/v1/login/mfa", JsonFields.object("mfa_token", mfaToken, "method", "totp",
                "code", TotpCodes.code(secrets[current[c]], currentStep[c])), null);
    }
}
