package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.core.SecureTokens;
import org.junit.jupiter.api.Test;

/** gatehouse role show/revoke/delete, client show/update/delete/rotate-secret and keys list. */
class CliRoleClientKeyCommandsTest extends CliCase {
    @Test
    void roleListAndShowInBothFormats() {
        cli.ok("role", "create", "editor", "--permission", "notes:read", "--permission", "notes:write");
        JsonNode roles = cli.ok("role", "list", "--output", "json").json();
        assertThat(roles.isArray()).isTrue();
        assertThat(roles.findValuesAsText("name")).contains("admin", "user", "editor");

        CliHarness.Result table = cli.ok("role", "list");
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("NAME").contains("BUILT_IN", "PERMISSIONS");
        assertThat(table.out()).containsPattern("(?m)^editor +false +notes:read,notes:write$");

        JsonNode editor = cli.ok("role", "show", "EDITOR", "-o", "json").json();
        assertThat(editor.path("name").asText()).isEqualTo("editor");
        assertThat(editor.path("permissions").toString()).isEqualTo("[\"notes:read\",\"notes:write\"]");
        assertThat(cli.ok("role", "show", "editor").out()).containsPattern("(?m)^built_in +false$");

        CliHarness.Result missing = cli.run("role", "show", "ghost");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("No role named ghost");
    }

    @Test
    void roleRevokeTakesOneRoleAndIsAuditedAsTheAdminApi() throws Exception {
        cli.ok("role", "create", "support", "--permission", "tickets:read");
        cli.user("ivy", "--role", "support", "--role", "admin");
        cli.user("otto", "--role", "admin");

        JsonNode after = cli.ok("role", "revoke", "--username", "ivy", "--role", "SUPPORT").json();
        assertThat(after.path("roles").toString()).doesNotContain("support").contains("admin", "user");
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE type = 'admin_user_roles' AND actor = 'cli'")).isEqualTo(1);
        assertThat(cli.ok("role", "revoke", "--username", "ivy", "--role", "support").json().path("roles").toString())
                .as("not holding it is fine").doesNotContain("support");

        CliHarness.Result unknownRole = cli.run("role", "revoke", "--username", "ivy", "--role", "ghost");
        assertThat(unknownRole.exitCode()).isEqualTo(2);
        assertThat(unknownRole.err()).contains("roles names a role that does not exist").contains("[unknown_role]");
        assertThat(cli.run("role", "revoke", "--username", "nobody", "--role", "admin").exitCode()).isEqualTo(3);

        cli.ok("role", "revoke", "--username", "ivy", "--role", "admin");
        CliHarness.Result lastAdmin = cli.run("role", "revoke", "--username", "otto", "--role", "admin");
        assertThat(lastAdmin.exitCode()).isEqualTo(2);
        assertThat(lastAdmin.err()).contains("[last_admin]");
    }

    @Test
    void roleDeleteRemovesACustomRoleAndRefusesBuiltIns() throws Exception {
        cli.ok("role", "create", "temp", "--permission", "x:read");
        CliHarness.Result r = cli.ok("role", "delete", "temp");
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("deleted role temp");
        assertThat(cli.count("SELECT COUNT(*) FROM roles WHERE name = 'temp'")).isZero();
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE type = 'admin_role_delete' AND actor = 'cli'")).isEqualTo(1);

        assertThat(cli.run("role", "delete", "temp").exitCode()).isEqualTo(3);
        CliHarness.Result builtIn = cli.run("role", "delete", "admin");
        assertThat(builtIn.exitCode()).isEqualTo(2);
        assertThat(builtIn.err()).contains("Built-in roles cannot be deleted [built_in_role]");
    }

    @Test
    void clientShowUpdateRotateAndDelete() throws Exception {
        JsonNode created = cli.ok("client", "create", "--name", "Billing", "--type", "confidential", "--grant-type", "client_credentials",
                "--scope", "invoices:read").json();
        String id = created.path("client_id").asText();
        String first = created.path("client_secret").asText();

        JsonNode shown = cli.ok("client", "show", id, "--output", "json").json();
        assertThat(shown.path("name").asText()).isEqualTo("Billing");
        assertThat(shown.has("client_secret")).isFalse();
        CliHarness.Result table = cli.ok("client", "show", id);
        assertThat(table.out()).containsPattern("(?m)^client_id +" + id + "$").doesNotContain(first);

        JsonNode updated = cli.ok("client", "update", id, "--name", "Billing v2", "--scope", "invoices:read", "--scope", "invoices:write",
                "--first-party").json();
        assertThat(updated.path("name").asText()).isEqualTo("Billing v2");
        assertThat(updated.path("scopes").toString()).isEqualTo("[\"invoices:read\",\"invoices:write\"]");
        assertThat(updated.path("first_party").asBoolean()).isTrue();
        assertThat(updated.path("grant_types").toString()).as("unchanged").isEqualTo("[\"client_credentials\"]");
        assertThat(cli.ok("client", "update", id, "--first-party=false").json().path("first_party").asBoolean()).isFalse();
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE type = 'client_update' AND actor = 'cli'")).isEqualTo(2);

        CliHarness.Result rotated = cli.ok("client", "rotate-secret", id);
        String second = rotated.json().path("client_secret").asText();
        assertThat(second).hasSize(43).isNotEqualTo(first);
        assertThat(rotated.err()).contains("shown only now");
        assertThat(cli.count("SELECT COUNT(*) FROM oauth_clients WHERE secret_hash = '" + SecureTokens.hash(second) + "'")).isEqualTo(1);
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE type = 'client_secret_rotate' AND actor = 'cli'")).isEqualTo(1);

        CliHarness.Result list = cli.ok("client", "list");
        assertThat(list.out().lines().findFirst().orElseThrow()).startsWith("CLIENT_ID");
        assertThat(list.out()).contains(id, "Billing v2").doesNotContain(second);
        assertThat(cli.ok("client", "list", "-o", "json").json()).hasSize(1);

        CliHarness.Result deleted = cli.ok("client", "delete", id);
        assertThat(deleted.out()).isEmpty();
        assertThat(cli.count("SELECT COUNT(*) FROM oauth_clients")).isZero();
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE type = 'client_delete' AND actor = 'cli'")).isEqualTo(1);
        assertThat(cli.ok("client", "list", "-o", "json").json()).isEmpty();
    }

    @Test
    void clientCommandsExitThreeForAnUnknownClientAndTwoForBadInput() throws Exception {
        for (String[] args : new String[][] {{"client", "show", "nope"}, {"client", "update", "nope", "--name", "x"},
                {"client", "delete", "nope"}, {"client", "rotate-secret", "nope"}}) {
            CliHarness.Result r = cli.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(3);
            assertThat(r.err()).contains("No such client [not_found]");
            assertThat(r.out()).isEmpty();
        }
        String spa = cli.ok("client", "create", "--name", "SPA", "--type", "public", "--redirect-uri", "https://app.example/cb").json()
                .path("client_id").asText();
        CliHarness.Result noSecret = cli.run("client", "rotate-secret", spa);
        assertThat(noSecret.exitCode()).isEqualTo(2);
        assertThat(noSecret.err()).contains("not a secret [invalid_request]");
        CliHarness.Result bad = cli.run("client", "update", spa, "--redirect-uri", "http://evil.example/cb#x");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("redirect_uris").contains("[invalid_request]").doesNotContain("FieldError");
        CliHarness.Result bool = cli.run("client", "update", spa, "--first-party=maybe");
        assertThat(bool.exitCode()).isEqualTo(2);
        assertThat(cli.count("SELECT COUNT(*) FROM oauth_clients WHERE redirect_uris LIKE '%evil%'")).isZero();
    }

    @Test
    void keysListShowsMetadataOnlyAndRotateAddsKeys() throws Exception {
        JsonNode rotated = cli.ok("keys", "rotate").json();
        assertThat(rotated.isArray()).isTrue();
        String kid = rotated.get(0).path("kid").asText();
        assertThat(rotated.get(0).path("status").asText()).isEqualTo("active");
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE type = 'admin_key_rotate' AND actor = 'cli'")).isEqualTo(1);

        JsonNode keys = cli.ok("keys", "list", "--output", "json").json();
        assertThat(keys).hasSize(2);
        assertThat(keys.findValuesAsText("kid")).contains(kid);
        assertThat(keys.get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("kid", "alg", "status", "created_at", "publish_until");

        CliHarness.Result table = cli.ok("keys", "list");
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("KID").contains("ALG", "STATUS", "PUBLISH_UNTIL");
        assertThat(table.out()).contains(kid).doesNotContain("PRIVATE").doesNotContain("\"d\"");

        CliHarness.Result bad = cli.run("keys", "list", "--output", "yaml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--output").contains("json, table");
        assertThat(bad.out()).isEmpty();
    }
}
