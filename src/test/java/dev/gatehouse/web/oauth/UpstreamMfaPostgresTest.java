package dev.gatehouse.web.oauth;

import dev.gatehouse.testing.TestDatabases;

class UpstreamMfaPostgresTest extends UpstreamMfaTest {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRESQL;
    }
}
