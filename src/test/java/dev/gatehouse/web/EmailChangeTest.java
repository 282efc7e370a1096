package dev.gatehouse.web;

import dev.gatehouse.testing.TestDatabases;

/** {@link EmailChangeFlow} on SQLite. */
class EmailChangeTest extends EmailChangeFlow {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.SQLITE;
    }

    @Override
    String prefix() {
        return "sq";
    }
}
