package dev.gatehouse.store.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.config.Secret;
import dev.gatehouse.store.Database;
import dev.gatehouse.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The permit in front of the pool: every borrowed connection gives its permit back, waiters get theirs. */
class AdmittingConnectionFactoryTest {
    private final Database database = Database.open(
            new GatehouseConfig.Database(TestDatabases.fresh(TestDatabases.Kind.SQLITE), null, new Secret(null), 2, false));
    private final AdmittingConnectionFactory factory = new AdmittingConnectionFactory(database.dataSource(), 2, 300);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void permitsComeBackAfterQueriesAndAfterFailedQueries() {
        Jdbi jdbi = Jdbi.create(factory);
        for (int i = 0; i < 20; i++) {
            int one = jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            assertThat(one).isEqualTo(1);
        }
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("SELECT * FROM no_such_table"))).isInstanceOf(Exception.class);
        }
        assertThat(factory.available()).isEqualTo(2);
    }

    @Test
    void aThreadBeyondThePoolSizeWaitsAndGetsTheNextFreeConnection() throws Exception {
        Connection a = factory.openConnection();
        Connection b = factory.openConnection();
        CompletableFuture<Connection> third = CompletableFuture.supplyAsync(() -> {
            try {
                return factory.openConnection();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertThat(third).isNotDone();
        factory.closeConnection(a);
        Connection c = third.get(2, TimeUnit.SECONDS);
        factory.closeConnection(b);
        factory.closeConnection(c);
        assertThat(factory.available()).isEqualTo(2);
    }

    @Test
    void noFreeConnectionWithinTheTimeoutIsATransientErrorAndTakesNoPermit() throws Exception {
        Connection a = factory.openConnection();
        Connection b = factory.openConnection();
        assertThatThrownBy(factory::openConnection).isInstanceOf(SQLTransientConnectionException.class);
        factory.closeConnection(a);
        factory.closeConnection(b);
        assertThat(factory.available()).isEqualTo(2);
    }

    @Test
    void aPoolThatCannotConnectGivesThePermitBack() {
        Database down = Database.open(new GatehouseConfig.Database("jdbc:postgresql://127.0.0.1:1/none", "x",
                new Secret("y"), 2, false));
        try {
            AdmittingConnectionFactory f = AdmittingConnectionFactory.of(down);
            for (int i = 0; i < 3; i++) assertThatThrownBy(f::openConnection).isInstanceOf(java.sql.SQLException.class);
            assertThat(f.available()).isEqualTo(2);
        } finally {
            down.close();
        }
    }
}
