package dev.gatehouse.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.gatehouse.config.GatehouseConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.sql.DataSource;

/** Turns {@code database.url} into a pooled DataSource and knows which SQL dialect it speaks. */
public final class Database implements AutoCloseable {
    public enum Dialect { SQLITE, POSTGRESQL }

    /** How long a SQLite connection waits for another's write lock (its busy handler) before failing. */
    public static final int SQLITE_BUSY_TIMEOUT_MILLIS = 10_000;

    /**
     * The pool's connections never checkpoint the WAL themselves ({@code wal_autocheckpoint=0}): SQLite would run
     * the checkpoint inside the commit that takes the log past the threshold, with this node's write turn still
     * held, so every writer queued behind it waits for the copy and its syncs (the refresh grant's p99 at half
     * load, 22-26 ms). {@link SqliteCheckpointer} copies the log on a thread of its own and keeps it bounded.
     */
    public static final int SQLITE_AUTOCHECKPOINT_PAGES = 0;

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    /**
     * Held while a SQLite file is open, by the server and by every command alike, so that {@code gatehouse restore}
     * never replaces the file under a process still writing to it (its writes would land in the file kept aside);
     * null for PostgreSQL.
     */
    private final SqliteServeLock lock;
    /** This node's turn to write to a SQLite file; null for PostgreSQL. */
    private final SqliteWriteTurn writeTurn;

    private Database(HikariDataSource dataSource, Dialect dialect, SqliteServeLock lock) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.lock = lock;
        this.writeTurn = dialect == Dialect.SQLITE ? new SqliteWriteTurn() : null;
    }

    public static Database open(GatehouseConfig.Database config) {
        return open(config, null);
    }

    /**
     * @param metrics where the pool reports itself ({@code hikaricp_connections_active}, {@code _idle},
     *                {@code _pending}, {@code _timeout_total}, {@code _acquire_seconds}...; label
     *                {@code pool="gatehouse-db"}), or null for none
     */
    public static Database open(GatehouseConfig.Database config, MeterRegistry metrics) {
        HikariConfig hikari = new HikariConfig();
        if (metrics != null) hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        hikari.setJdbcUrl(config.url());
        hikari.setPoolName("gatehouse-db");
        hikari.setConnectionTimeout(3_000); // database down: 503 within seconds, never a hang
        hikari.setValidationTimeout(2_000);
        // Start even when the database is down: /health/ready reports it and requests get 503 until it returns.
        hikari.setInitializationFailTimeout(-1);
        Dialect dialect;
        SqliteServeLock lock = null;
        if (config.isSqlite()) {
            dialect = Dialect.SQLITE;
            createParentDirectory(config.url());
            // Before the pool opens (and perhaps creates) the file: refused while a restore replaces it.
            lock = sqliteFile(config.url()).map(SqliteServeLock::serving).orElse(null);
            Properties props = new Properties();
            // WAL lets readers run beside the one writer; foreign keys are off by default in SQLite.
            props.setProperty("journal_mode", "WAL");
            props.setProperty("synchronous", "NORMAL");
            props.setProperty("foreign_keys", "true");
            props.setProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MILLIS));
            props.setProperty("wal_autocheckpoint", String.valueOf(SQLITE_AUTOCHECKPOINT_PAGES));
            // Take the write lock at BEGIN, so a transaction never fails half-way on a lock upgrade.
            props.setProperty("transaction_mode", "IMMEDIATE");
            hikari.setDataSourceProperties(props);
            // One writer at a time anyway; each connection keeps its own page cache, so a few suffice.
            hikari.setMaximumPoolSize(Math.max(2, Math.min(config.poolSize(), 4)));
        } else {
            dialect = Dialect.POSTGRESQL;
            if (config.username() != null) hikari.setUsername(config.username());
            if (config.password().isPresent()) hikari.setPassword(config.password().value());
            hikari.setMaximumPoolSize(config.poolSize());
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        try {
            return new Database(new HikariDataSource(hikari), dialect, lock);
        } catch (RuntimeException e) {
            if (lock != null) lock.close();
            throw e;
        }
    }

    /** The file of a {@code jdbc:sqlite:PATH} URL; empty for an in-memory or {@code file:} URI database. */
    public static java.util.Optional<Path> sqliteFile(String url) {
        if (!url.startsWith("jdbc:sqlite:")) return java.util.Optional.empty();
        String path = url.substring("jdbc:sqlite:".length());
        int q = path.indexOf('?');
        if (q >= 0) path = path.substring(0, q);
        if (path.isEmpty() || path.startsWith(":memory:") || path.startsWith("file:")) return java.util.Optional.empty();
        // Without "." steps ("./data/gatehouse.db" is the default), so messages and the lock file name it as the
        // operator would; ".." stays, since dropping it could name another file behind a symbolic link.
        Path absolute = Path.of(path).toAbsolutePath();
        Path clean = absolute.getRoot();
        for (Path step : absolute) if (!step.toString().equals(".")) clean = clean.resolve(step);
        return java.util.Optional.of(clean);
    }

    private static void createParentDirectory(String url) {
        Path file = sqliteFile(url).orElse(null);
        if (file == null) return;
        Path parent = file.getParent();
        try {
            if (parent != null) createPrivateDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + parent, e);
        }
    }

    /**
     * Creates {@code dir} (and its missing parents) readable by the owner only, as the image's volume is: the
     * database and the generated master key go there, and SQLite creates its files readable by everyone (0644
     * under the usual umask). A directory that exists is left as it is.
     */
    public static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) return;
        try {
            Files.createDirectories(dir, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir); // not a POSIX file system
        }
    }

    /** The JDBC URL, for a connection of its own outside the pool (the SQLite checkpointer). */
    public String url() {
        return dataSource.getJdbcUrl();
    }

    /** This node's SQLite write turn; null for PostgreSQL. */
    public SqliteWriteTurn writeTurn() {
        return writeTurn;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public int poolSize() {
        return dataSource.getMaximumPoolSize();
    }

    public long connectionTimeoutMillis() {
        return dataSource.getConnectionTimeout();
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
        if (lock != null) lock.close();
    }
}
