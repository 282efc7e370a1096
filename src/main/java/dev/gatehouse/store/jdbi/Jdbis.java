package dev.gatehouse.store.jdbi;

import dev.gatehouse.store.Database;
import org.jdbi.v3.core.Jdbi;

/** The one way Gatehouse builds its Jdbi over a database: the server and the store tests alike. */
public final class Jdbis {
    private Jdbis() {}

    /** Pool admission on both databases; on SQLite, write transactions queued in the JVM and hot statements kept compiled. */
    public static Jdbi open(Database database) {
        Jdbi jdbi = Jdbi.create(AdmittingConnectionFactory.of(database));
        if (database.dialect() == Database.Dialect.SQLITE) {
            jdbi.setTransactionHandler(new SqliteWriteQueue(jdbi.getTransactionHandler(), database.writeTurn(),
                    Database.SQLITE_BUSY_TIMEOUT_MILLIS));
            jdbi.setStatementBuilderFactory(new SqliteStatementCache());
        }
        return jdbi;
    }
}
