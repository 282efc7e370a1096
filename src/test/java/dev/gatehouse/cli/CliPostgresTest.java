package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The everyday commands once on PostgreSQL (the other CLI tests use SQLite): one walk through them. */
class CliPostgresTest {
    @TempDir
    Path dataDir;

    @Test
    void everydayCommandsWorkOnPostgresql() throws Exception {
        CliHarness cli = new CliHarness(dataDir, TestDatabases.Kind.POSTGRESQL);
        String id = cli.user("Pat", "--email", "pat@example.com", "--role", "admin");
        cli.user("quinn", "--role", "admin");
        cli.ok("role", "create", "auditor", "--permission", "events:read");
        cli.ok("role", "grant", "--username", "pat", "--role", "auditor");

        JsonNode users = cli.ok("user", "list", "--query", "pa", "-o", "json").json();
        assertThat(users).hasSize(1);
        assertThat(users.get(0).path("id").asText()).isEqualTo(id);
        assertThat(cli.ok("user", "show", "PAT", "-o", "json").json().path("roles").toString()).contains("auditor");
        assertThat(cli.ok("role", "revoke", "--username", id, "--role", "auditor").json().path("roles").toString())
                .doesNotContain("auditor");
        assertThat(cli.ok("user", "disable", "pat").json().path("disabled").asBoolean()).isTrue();
        assertThat(cli.ok("user", "enable", "pat").json().path("disabled").asBoolean()).isFalse();
        cli.ok("user", "reset-password", "pat");
        assertThat(cli.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'pat@example.com'")).isEqualTo(1);

        String client = cli.ok("client", "create", "--name", "Job", "--type", "confidential", "--grant-type", "client_credentials")
                .json().path("client_id").asText();
        assertThat(cli.ok("client", "update", client, "--name", "Nightly job").json().path("name").asText()).isEqualTo("Nightly job");
        assertThat(cli.ok("client", "rotate-secret", client).json().path("client_secret").asText()).hasSize(43);
        cli.ok("client", "delete", client);
        assertThat(cli.run("client", "show", client).exitCode()).isEqualTo(3);

        cli.ok("keys", "rotate");
        assertThat(cli.ok("keys", "list", "-o", "json").json()).hasSize(2);
        cli.ok("role", "delete", "auditor");
        cli.ok("user", "delete", "pat");
        assertThat(cli.run("user", "show", "pat").exitCode()).isEqualTo(3);
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE actor = 'cli' AND type LIKE 'admin_%'")).isGreaterThanOrEqualTo(6);
    }
}
