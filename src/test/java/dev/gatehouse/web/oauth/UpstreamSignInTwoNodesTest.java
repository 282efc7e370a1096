package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Upstream sign-in scaled out (ARCHITECTURE.md): two nodes on one PostgreSQL database, with the same
 * master key and issuer, keep the round trip and the accounts in that database. A browser may begin
 * at one node and come back to the other, and first sign-ins of one upstream user racing on both
 * nodes make one account and one identity, which every browser ends signed in as.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpstreamSignInTwoNodesTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private UpstreamFixture f;
    private List<TestServer> nodes;

    @BeforeAll
    void start() {
        String url = TestDatabases.postgresql();
        f = new UpstreamFixture(UpstreamFixture.node().databaseUrl(url));
        nodes = List.of(f.server, UpstreamFixture.node().databaseUrl(url).start());
        f.provider("mock", LinkPolicy.CONFIRM, true);
    }

    @AfterAll
    void stop() {
        nodes.get(1).close();
        f.close();
    }

    private static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000;
    }

    @Test
    void aRoundTripBegunOnOneNodeEndsOnTheOther() {
        String subject = unique("roam");
        f.nextUser("mock", subject, UpstreamFixture.claims(subject + "@upstream.example", true, subject));
        Browser atA = new Browser(nodes.get(0).baseUrl());
        String callback = f.toUpstreamAndBack(begin(atA));
        Browser atB = UpstreamFixture.at(nodes.get(1), atA);

        TestHttp.Response back = atB.get(callback);
        assertThat(back.status()).as(back.body()).isEqualTo(303);
        String userId = f.server.gatehouse().stores().identities().find("mock", subject).orElseThrow().userId();
        assertThat(signedInAs(nodes.get(1), atB)).isEqualTo(userId);
        assertThat(signedInAs(nodes.get(0), atB)).as("the session is the database's, not the node's").isEqualTo(userId);
        // The round trip is spent on every node: a replay at A signs no one in again.
        Browser backAtA = UpstreamFixture.at(nodes.get(0), atB);
        assertThat(backAtA.get(callback).status()).isEqualTo(400);
        assertThat(backAtA.cookie("gatehouse_session")).isEqualTo(atB.cookie("gatehouse_session"));
        assertThat(f.count("SELECT COUNT(*) FROM users WHERE username LIKE '" + subject + "%'")).isEqualTo(1);
    }

    @Test
    void firstSignInsOfOneUpstreamUserRacingOnTwoNodesMakeOneAccount() throws Exception {
        for (int round = 0; round < 2; round++) {
            // With an email (the loser's insert may fail on it) and without (the loser's link fails).
            String subject = unique("race");
            String email = round == 0 ? subject + "@upstream.example" : null;
            int n = 8;
            List<Browser> browsers = new ArrayList<>();
            List<String> callbacks = new ArrayList<>();
            List<TestServer> finishing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // Every pair of nodes: begun on A or B, and come back to A or B.
                TestServer begun = nodes.get(i % 2);
                TestServer ends = nodes.get(i / 2 % 2);
                f.nextUser("mock", subject, UpstreamFixture.claims(email, true, subject));
                Browser browser = new Browser(begun.baseUrl());
                callbacks.add(f.toUpstreamAndBack(begin(browser)));
                browsers.add(UpstreamFixture.at(ends, browser));
                finishing.add(ends);
            }
            AtomicInteger next = new AtomicInteger();
            List<Integer> statuses = Concurrently.run(n, () -> {
                int i = next.getAndIncrement();
                return browsers.get(i).get(callbacks.get(i)).status();
            });

            assertThat(statuses).containsOnly(303);
            assertThat(f.count("SELECT COUNT(*) FROM user_identities WHERE provider_id = 'mock' AND subject = '" + subject + "'"))
                    .isEqualTo(1);
            String userId = f.server.gatehouse().stores().identities().find("mock", subject).orElseThrow().userId();
            if (email != null) assertThat(f.count("SELECT COUNT(*) FROM users WHERE email = '" + email + "'")).isEqualTo(1);
            assertThat(f.count("SELECT COUNT(*) FROM users WHERE username LIKE '" + subject + "%'")).as("the losers' accounts are gone")
                    .isEqualTo(1);
            for (int i = 0; i < n; i++) assertThat(signedInAs(finishing.get(i), browsers.get(i))).as("browser " + i).isEqualTo(userId);
        }
    }

    /** The login page's CSRF token at this browser's node, then the provider's button: the 303 upstream. */
    private static TestHttp.Response begin(Browser browser) {
        String csrf = Browser.hiddenInputs(browser.get("/login").body()).get("csrf");
        return browser.post("/login/idp/mock", Map.of("csrf", csrf));
    }

    private static String signedInAs(TestServer node, Browser browser) {
        return node.gatehouse().services().loginSessions().current(browser.cookie("gatehouse_session")).orElseThrow().userId();
    }
}
