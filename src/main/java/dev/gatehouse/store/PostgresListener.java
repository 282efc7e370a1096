package dev.gatehouse.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one PostgreSQL notification channel, on its own connection and thread, so that a
 * node hears the writes committed by every other node (https://www.postgresql.org/docs/15/sql-notify.html).
 *
 * <p>{@code lost} runs whenever the connection is not listening (before the first connect, after a
 * failure): notifications sent meanwhile are gone, so the caller must stop trusting what it
 * remembers. {@code listening} runs once LISTEN is in place again, and {@code notified} for each
 * batch of notifications. A query every few seconds finds a connection that died silently.
 */
public final class PostgresListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresListener.class);
    private static final int POLL_MILLIS = 500;
    private static final long HEARTBEAT_NANOS = 5_000_000_000L;
    private static final long RETRY_MILLIS = 1_000;

    /** What to do when the feed starts, stops or delivers. */
    public interface Events {
        void listening();

        void notified();

        void lost();
    }

    private final String url;
    private final Properties credentials;
    private final String channel;
    private final Events events;
    private final Thread thread;
    private volatile boolean closed;

    /** @param channel a fixed identifier, never user input */
    public PostgresListener(String url, String username, String password, String channel, Events events) {
        this.url = url;
        this.credentials = new Properties();
        if (username != null) credentials.setProperty("user", username);
        if (password != null) credentials.setProperty("password", password);
        this.channel = channel;
        this.events = events;
        this.thread = new Thread(this::run, "pg-listen-" + channel);
        this.thread.setDaemon(true);
    }

    public PostgresListener start() {
        events.lost();
        thread.start();
        return this;
    }

    private void run() {
        boolean reported = false;
        while (!closed) {
            try (Connection c = DriverManager.getConnection(url, credentials)) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
                events.listening();
                if (reported) LOG.info("Listening on {} again", channel);
                reported = false;
                listen(c);
            } catch (SQLException | RuntimeException e) {
                events.lost();
                if (!closed && !reported) LOG.warn("Not listening on {} ({}); retrying every second", channel, e.toString());
                reported = true;
                sleep();
            }
        }
        events.lost();
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (!closed) {
            PGNotification[] received = pg.getNotifications(POLL_MILLIS);
            if (received != null && received.length > 0) events.notified();
            if (System.nanoTime() - lastCheck > HEARTBEAT_NANOS) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                    rs.next();
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
