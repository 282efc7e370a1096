package dev.gatehouse.store.jdbi;

import dev.gatehouse.core.UniqueViolation;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Recognises unique-constraint failures of both dialects and names the column that collided. */
final class Unique {
    private Unique() {}

    static RuntimeException translate(UnableToExecuteStatementException e, String... fields) {
        Throwable cause = e.getCause();
        if (cause instanceof SQLException sql && isUnique(sql)) {
            // Only the first line names the constraint; PostgreSQL's "Detail: Key (...)=(...)" line that
            // follows quotes the colliding value, which is user input and must not pick the field.
            String message = String.valueOf(sql.getMessage()).lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
            for (String field : fields) {
                if (message.contains(field)) return new UniqueViolation(field);
            }
            return new UniqueViolation(fields.length > 0 ? fields[0] : "key");
        }
        return e;
    }

    private static boolean isUnique(SQLException e) {
        // PostgreSQL: SQLSTATE 23505; SQLite: SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY (result code 19 family).
        if ("23505".equals(e.getSQLState())) return true;
        String message = String.valueOf(e.getMessage());
        return message.contains("UNIQUE constraint failed") || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY");
    }
}
