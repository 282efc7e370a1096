package dev.gatehouse.web.oauth;

import dev.gatehouse.testing.TestDatabases;

class UpstreamSignInPostgresTest extends UpstreamSignInFlowTest {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRESQL;
    }
}
