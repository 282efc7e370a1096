package dev.gatehouse.web;

import dev.gatehouse.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;

/** The account page's second factors on PostgreSQL: every test of {@link AccountFactorsPageTest}, which runs them on SQLite. */
class AccountFactorsPagePostgresTest extends AccountFactorsPageTest {
    @BeforeAll
    static void start() {
        server = builder().database(TestDatabases.Kind.POSTGRESQL).start();
    }
}
