package dev.gatehouse.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsTest {

    @Test
    void percentilesOfKnownLatenciesAfterMergingConnections() {
        // 1..100,000 microseconds, odd values on one connection, even on the other
        Stats odd = new Stats();
        Stats even = new Stats();
        for (int us = 1; us <= 100_000; us++) {
            (us % 2 == 0 ? even : odd).response(Outcome.OK, 200, us * 1000L);
        }
        Stats total = new Stats();
        total.add(odd);
        total.add(even);

        assertThat(total.count(Outcome.OK)).isEqualTo(100_000);
        // three significant digits: every value within 0.1%
        assertThat(total.admittedMillis(50)).isCloseTo(50.0, within(0.05));
        assertThat(total.admittedMillis(90)).isCloseTo(90.0, within(0.09));
        assertThat(total.admittedMillis(99)).isCloseTo(99.0, within(0.099));
        assertThat(total.admittedMillis(99.9)).isCloseTo(99.9, within(0.1));
        assertThat(total.admittedMaxMillis()).isCloseTo(100.0, within(0.1));
        assertThat(total.admittedMeanMillis()).isCloseTo(50.0, within(0.05));
        assertThat(odd.admittedMillis(50)).isCloseTo(50.0, within(0.05));
    }

    @Test
    void skewedDistributionKeepsItsTail() {
        Stats s = new Stats();
        for (int i = 0; i < 990; i++) {
            s.response(Outcome.OK, 200, 200_000); // 0.2 ms
        }
        for (int i = 0; i < 10; i++) {
            s.response(Outcome.OK, 200, 250_000_000); // 250 ms
        }
        assertThat(s.admittedMillis(50)).isCloseTo(0.2, within(0.001));
        assertThat(s.admittedMillis(99)).isCloseTo(0.2, within(0.001));
        assertThat(s.admittedMillis(99.9)).isCloseTo(250.0, within(0.25));
    }

    @Test
    void onlyOkLatenciesFeedTheMainHistogram() {
        Stats s = new Stats();
        s.response(Outcome.OK, 200, 1_000_000);
        s.response(Outcome.OVERLOADED, 503, 5_000_000);
        s.response(Outcome.THROTTLED, 429, 5_000_000);
        s.response(Outcome.ERROR, 500, 900_000_000);
        s.response(Outcome.INVALID, 200, 900_000_000);
        s.exchangeError();
        s.connectError();
        s.timeout();

        assertThat(s.admittedMaxMillis()).isCloseTo(1.0, within(0.001));
        assertThat(s.rejectedMillis(50)).isCloseTo(5.0, within(0.005));
        assertThat(s.responses()).isEqualTo(5);
        assertThat(s.requests()).isEqualTo(8);
        assertThat(s.ioErrors()).isEqualTo(3);
        assertThat(s.errors()).isEqualTo(5);
        assertThat(s.statusesSeen()).containsExactly(200, 429, 500, 503);
        assertThat(s.statusCount(200)).isEqualTo(2);
    }

    @Test
    void emptyStatsReportZero() {
        Stats s = new Stats();
        assertThat(s.admittedMillis(99)).isZero();
        assertThat(s.admittedMaxMillis()).isZero();
        assertThat(s.statusesSeen()).isEmpty();
    }
}
