package dev.gatehouse.web.oauth;

import dev.gatehouse.testing.TestDatabases;

class UpstreamMfaSqliteTest extends UpstreamMfaTest {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.SQLITE;
    }
}
