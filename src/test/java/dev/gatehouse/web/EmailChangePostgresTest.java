package dev.gatehouse.web;

import dev.gatehouse.testing.TestDatabases;

/** {@link EmailChangeFlow} on PostgreSQL. */
class EmailChangePostgresTest extends EmailChangeFlow {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRESQL;
    }

    @Override
    String prefix() {
        return "pg";
    }
}
