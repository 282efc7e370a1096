package dev.gatehouse.store;

import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Whether the database takes writes now, asked through the same pool the requests use, without
 * writing anything. A database that answers {@code SELECT 1} may still refuse every write: a
 * read-only SQLite file, another process holding the write lock, a PostgreSQL standby or a
 * {@code default_transaction_read_only} database.
 */
public final class WriteProbe implements BooleanSupplier {
    private final Jdbi jdbi;
    private final Database.Dialect dialect;

    public WriteProbe(Jdbi jdbi, Database.Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    /** @return true when a write would be admitted; false or an exception when it would not */
    @Override
    public boolean getAsBoolean() {
        if (dialect == Database.Dialect.SQLITE) {
            // The pool's connections open every transaction with BEGIN IMMEDIATE, which takes the
            // write lock (or fails with SQLITE_READONLY / SQLITE_BUSY) before anything is written;
            // the empty transaction then ends without a change.
            return jdbi.inTransaction(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        }
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off'")
                .mapTo(Boolean.class).one());
    }
}
