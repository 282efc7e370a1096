package dev.gatehouse.web.oauth;

import dev.gatehouse.testing.TestDatabases;

class UpstreamSignInSqliteTest extends UpstreamSignInFlowTest {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.SQLITE;
    }
}
