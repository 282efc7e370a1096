package dev.gatehouse.store.jdbi;

import dev.gatehouse.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * Lets at most as many threads ask the pool for a connection as it holds, and parks the others.
 *
 * <p>Why: when more request threads want a connection than the pool has (16 client connections,
 * 4-10 database connections), HikariCP's returning thread spins with {@code Thread.yield()} until a
 * waiter takes its connection. On two cores that spin took a fifth of the CPU of a one-query request
 * (measured with JFR on /oauth2/introspect). A semaphore hands the permit over with one park/unpark.
 * The limit and the timeout are the pool's own, so nothing else changes: a thread that cannot get a
 * connection within the timeout gets the same transient error (then 503) as from the pool.
 */
public final class AdmittingConnectionFactory implements ConnectionFactory {
    private final DataSource pool;
    private final Semaphore permits;
    private final long timeoutMillis;

    public AdmittingConnectionFactory(DataSource pool, int poolSize, long timeoutMillis) {
        this.pool = pool;
        this.permits = new Semaphore(poolSize);
        this.timeoutMillis = timeoutMillis;
    }

    /** Admits as many threads as the database's pool holds, waiting as long as the pool would. */
    public static AdmittingConnectionFactory of(Database database) {
        return new AdmittingConnectionFactory(database.dataSource(), database.poolSize(), database.connectionTimeoutMillis());
    }

    @Override
    public Connection openConnection() throws SQLException {
        if (!Waits.within(timeoutMillis, nanos -> permits.tryAcquire(nanos, TimeUnit.NANOSECONDS))) {
            throw new SQLTransientConnectionException("No database connection became free within " + timeoutMillis + " ms");
        }
        try {
            return pool.getConnection();
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        try {
            connection.close();
        } finally {
            permits.release();
        }
    }

    /** Permits free now (for tests: every borrowed connection must come back). */
    int available() {
        return permits.availablePermits();
    }
}
