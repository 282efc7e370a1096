package dev.gatehouse.store.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Column helpers for epoch-millisecond timestamps. */
final class Rows {
    private Rows() {}

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
