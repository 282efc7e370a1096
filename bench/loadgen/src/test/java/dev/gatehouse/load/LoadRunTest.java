package dev.gatehouse.load;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each scenario for about a second against {@link StubServer}; counts must match the stub's exactly. */
class LoadRunTest {

    private static RunResult run(StubServer stub, String... args) throws Exception {
        String[] all = new String[args.length + 6];
        all[0] = "--url";
        all[1] = stub.url();
        all[2] = "--duration";
        all[3] = "1s";
        all[4] = "--warmup";
        all[5] = "0s";
        System.arraycopy(args, 0, all, 6, args.length);
        LoadOptions options = LoadOptions.parse(all);
        HttpTarget target = HttpTarget.parse(options.url());
        Scenario scenario = Scenarios.create(options, target, Scenarios.randomUserPrefix());
        ProcStats self = ProcStats.of(ProcessHandle.current().pid());
        return new LoadRun(options, target, scenario, self, new PrintStream(OutputStream.nullOutputStream())).run();
    }

    @Test
    void healthClosedLoopCountsEveryRequestTheServerSaw() throws Exception {
        try (StubServer stub = new StubServer(StubServer.Knobs.none())) {
            RunResult r = run(stub, "--scenario", "health", "--connections", "4");

            // without warmup every request is in the window, and in-flight ones are awaited
            assertThat(r.stats().count(Outcome.OK)).isEqualTo(stub.health.get()).isGreaterThan(50);
            assertThat(r.stats().errors()).isZero();
            assertThat(r.stats().statusCount(200)).isEqualTo(r.stats().requests());
            assertThat(r.stats().connects()).isEqualTo(4);
            assertThat(r.stats().admittedMillis(50)).isPositive().isLessThanOrEqualTo(r.stats().admittedMillis(99));
            assertThat(r.okPerSecond()).isEqualTo(r.stats().count(Outcome.OK) / 1.0);
            assertThat(r.hasServer()).isTrue();
            assertThat(r.serverAfter().rssKb()).isPositive();
            assertThat(r.resultLine()).startsWith("RESULT scenario=health mode=closed connections=4 ")
                    .contains(" ok=" + r.stats().count(Outcome.OK) + " ").contains(" p99_ms=").contains(" cpu_ms_per_req=");
        }
    }

    @Test
    void reconnectsWhenTheServerClosesTheConnection() throws Exception {
        try (StubServer stub = new StubServer(new StubServer.Knobs(7, 0, 0, 0, 0))) {
            RunResult r = run(stub, "--scenario", "health", "--connections", "2");

            assertThat(r.stats().errors()).isZero();
            assertThat(r.stats().count(Outcome.OK)).isEqualTo(stub.health.get());
            // one close per 7 responses, each followed by a new connection
            assertThat(r.stats().connects()).isGreaterThanOrEqualTo(2 + stub.health.get() / 7 - 2);
        }
    }

    @Test
    void loginSignsUpThePoolThenLogsIn() throws Exception {
        try (StubServer stub = new StubServer(StubServer.Knobs.none())) {
            RunResult r = run(stub, "--scenario", "login", "--connections", "3", "--users", "7");

            assertThat(stub.signups.get()).isEqualTo(7);
            assertThat(r.stats().count(Outcome.OK)).isEqualTo(stub.loginsOk.get()).isGreaterThan(20);
            assertThat(r.stats().errors()).isZero();
            assertThat(stub.badRequests.get()).isZero();
        }
    }

    @Test
    void loginCountsOverloadedApartFromErrors() throws Exception {
        try (StubServer stub = new StubServer(new StubServer.Knobs(0, 5, 0, 0, 0))) {
            RunResult r = run(stub, "--scenario", "login", "--connections", "2", "--users", "4");

            assertThat(r.stats().count(Outcome.OVERLOADED)).isEqualTo(stub.loginsOverloaded.get()).isPositive();
            assertThat(r.stats().statusCount(503)).isEqualTo(stub.loginsOverloaded.get());
            assertThat(r.stats().count(Outcome.OK)).isEqualTo(stub.loginsOk.get());
            assertThat(r.stats().errors()).isZero();
            assertThat(r.resultLine()).contains(" overloaded=" + stub.loginsOverloaded.get() + " ");
        }
    }

    @Test
    void refreshChainsEachTokenIntoTheNextRequest() throws Exception {
        try (StubServer stub = new StubServer(StubServer.Knobs.none())) {
            RunResult r = run(stub, "--scenario", "refresh", "--connections", "4");

            assertThat(stub.refreshReused.get()).isZero();
            assertThat(stub.refreshUnknown.get()).isZero();
            assertThat(r.stats().count(Outcome.OK)).isEqualTo(stub.refreshOk.get()).isGreaterThan(50);
            assertThat(r.stats().errors()).isZero();
            assertThat(r.stats().resetups()).isZero();
            assertThat(stub.loginsOk.get()).isEqualTo(4);
        }
    }

    @Test
    void refreshStartsOverWithALoginWhenTheChainBreaks() throws Exception {
        try (StubServer stub = new StubServer(new StubServer.Knobs(0, 0, 10, 0, 0))) {
            RunResult r = run(stub, "--scenario", "refresh", "--connections", "2");

            long revoked = stub.refreshRevoked.get();
            assertThat(revoked).isPositive();
            assertThat(r.stats().statusCount(401)).isEqualTo(revoked);
            assertThat(r.stats().count(Outcome.ERROR)).isEqualTo(revoked);
            // each broken chain logs in once more (the last break may fall after the end)
            assertThat(r.stats().resetups()).isBetween(revoked - 2, revoked);
            assertThat(stub.loginsOk.get()).isEqualTo(2 + r.stats().resetups());
            assertThat(stub.refreshReused.get()).isZero();
            assertThat(stub.refreshUnknown.get()).isZero();
            assertThat(stub.signups.get()).isEqualTo(2);
        }
    }

    @Test
    void meSendsTheAccessTokenOfTheLogin() throws Exception {
        try (StubServer stub = new StubServer(StubServer.Knobs.none())) {
            RunResult r = run(stub, "--scenario", "me", "--connections", "3");

            assertThat(stub.meUnauthorized.get()).isZero();
            assertThat(r.stats().count(Outcome.OK)).isEqualTo(stub.meOk.get()).isGreaterThan(50);
            assertThat(r.stats().errors()).isZero();
            assertThat(stub.loginsOk.get()).isEqualTo(3);
        }
    }

    @Test
    void openLoopSendsTheScheduledNumberOfRequests() throws Exception {
        try (StubServer stub = new StubServer(StubServer.Knobs.none())) {
            RunResult r = run(stub, "--scenario", "health", "--connections", "4", "--rate", "1000");

            // 4 connections x 250 slots of 4 ms each in 1 s
            assertThat(r.stats().requests() + r.stats().unsent()).isEqualTo(1000);
            assertThat(stub.health.get()).isEqualTo(r.stats().requests());
            assertThat(r.stats().errors()).isZero();
            assertThat(r.resultLine()).contains(" mode=open ").contains(" rate=1000 ");
        }
    }

    @Test
    void openLoopChargesAStallToEveryRequestItHeldUp() throws Exception {
        // 100 req/s on one connection; the 20th request is held 300 ms, so the ~30 requests
        // scheduled behind it are late by 290, 280, ... ms. Measured from the send time only the
        // held request would look slow (coordinated omission) and p90 would be near zero.
        try (StubServer stub = new StubServer(new StubServer.Knobs(0, 0, 0, 20, 300))) {
            RunResult r = run(stub, "--scenario", "health", "--connections", "1", "--rate", "100");

            assertThat(r.stats().admittedMaxMillis()).isGreaterThanOrEqualTo(290);
            assertThat(r.stats().admittedMillis(80)).isGreaterThan(50);
            // Most requests are not behind the stall; the bound leaves room for a busy machine.
            assertThat(r.stats().admittedMillis(50)).isLessThan(150);
        }
    }

    /** A scenario whose iterations are two requests: one measured sign-in from the first request to the last response. */
    @Test
    void aFollowUpRequestBelongsToTheSameMeasuredIteration() throws Exception {
        try (StubServer stub = new StubServer(StubServer.Knobs.none())) {
            LoadOptions options = LoadOptions.parse(new String[] {"--url", stub.url(), "--duration", "1s", "--warmup", "0s",
                    "--connections", "2"});
            HttpTarget target = HttpTarget.parse(options.url());
            boolean[] second = new boolean[2];
            Scenario twoSteps = new Scenario() {
                @Override
                public void setup(HttpConnection conn, ConnState state) {
                }

                @Override
                public Request next(ConnState state) {
                    second[state.index()] = false;
                    return target.get("/health/live", null);
                }

                @Override
                public Request followUp(ConnState state, Response response) {
                    if (second[state.index()]) {
                        return null;
                    }
                    second[state.index()] = true;
                    return target.get("/health/live", null);
                }

                @Override
                public Outcome onResponse(ConnState state, Response response) {
                    return second[state.index()] ? Outcome.ofStatus(response.status()) : Outcome.INVALID;
                }
            };
            ProcStats self = ProcStats.of(ProcessHandle.current().pid());
            RunResult r = new LoadRun(options, target, twoSteps, self, new PrintStream(OutputStream.nullOutputStream())).run();

            assertThat(r.stats().errors()).isZero();
            assertThat(r.stats().count(Outcome.INVALID)).isZero();
            assertThat(r.stats().count(Outcome.OK)).isPositive();
            assertThat(stub.health.get()).isEqualTo(2 * r.stats().count(Outcome.OK));
        }
    }

    private static final String[] OAUTH_USER = {"--client-id", StubServer.CLIENT_ID, "--client-secret", StubServer.CLIENT_SECRET,
            "--token-form", "grant_type=password&username=" + StubServer.USER + "&password=" + StubServer.USER_PASSWORD};

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void refreshGrantChainsEachConnectionsOwnTokens() throws Exception {
        try (StubServer stub = new StubServer(StubServer.Knobs.none())) {
            RunResult r = run(stub, with(OAUTH_USER, "--scenario", "refresh_grant", "--connections", "3"));

            // one password grant per connection, then only refreshes, each with the newest token
            assertThat(stub.passwordGrants.get()).isEqualTo(3);
            assertThat(stub.refreshReused.get() + stub.refreshUnknown.get()).isZero();
            assertThat(r.stats().count(Outcome.OK)).isEqualTo(stub.refreshOk.get()).isGreaterThan(20);
            assertThat(r.stats().errors()).isZero();
            assertThat(stub.badRequests.get()).isZero();
        }
    }

    @Test
    void userinfoAsksWithTheSignedInUsersAccessToken() throws Exception {
        try (StubServer stub = new StubServer(StubServer.Knobs.none())) {
            RunResult r = run(stub, with(OAUTH_USER, "--scenario", "userinfo", "--connections", "2"));

            assertThat(stub.passwordGrants.get()).isEqualTo(2);
            assertThat(r.stats().count(Outcome.OK)).isEqualTo(stub.userinfoOk.get()).isGreaterThan(20);
            assertThat(stub.meUnauthorized.get()).isZero();
            assertThat(r.stats().errors()).isZero();
        }
    }

    @Test
    void passwordLoginRepeatsThePasswordGrant() throws Exception {
        try (StubServer stub = new StubServer(StubServer.Knobs.none())) {
            RunResult r = run(stub, with(OAUTH_USER, "--scenario", "password_login", "--connections", "2"));

            assertThat(r.stats().count(Outcome.OK)).isEqualTo(stub.passwordGrants.get()).isGreaterThan(20);
            assertThat(r.stats().errors()).isZero();
            assertThat(stub.badRequests.get()).isZero();
        }
    }
}
