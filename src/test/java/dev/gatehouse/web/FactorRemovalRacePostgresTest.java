package dev.gatehouse.web;

import dev.gatehouse.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;

/** {@link FactorRemovalRaceTest} on PostgreSQL, where two removals really run side by side under READ COMMITTED. */
class FactorRemovalRacePostgresTest extends FactorRemovalRaceTest {
    @BeforeAll
    static void start() {
        server = builder().database(TestDatabases.Kind.POSTGRESQL).start();
    }
}
