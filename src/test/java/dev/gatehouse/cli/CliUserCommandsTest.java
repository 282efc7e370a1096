package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** gatehouse user list, show, disable, enable, delete, reset-password: the admin API's service from the command line. */
class CliUserCommandsTest extends CliCase {
    @Test
    void listPrintsEveryUserAsATableOrOneJsonArray() {
        cli.user("alice", "--email", "alice@example.com");
        cli.user("bob");
        for (int i = 0; i < 3; i++) cli.user("carol" + i);

        CliHarness.Result table = cli.ok("user", "list");
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("ID").contains("USERNAME", "EMAIL", "DISABLED");
        assertThat(table.out()).contains("alice@example.com").contains("bob");
        assertThat(table.out().lines().count()).isEqualTo(6);

        JsonNode all = cli.ok("user", "list", "--output", "json").json();
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(5);
        assertThat(all.get(0).path("username").asText()).isEqualTo("alice");
        assertThat(all.get(0).path("email_verified").isBoolean()).isTrue();
        assertThat(all.get(0).has("password_hash")).isFalse();

        JsonNode carols = cli.ok("user", "list", "--query", "carol", "-o", "json").json();
        assertThat(carols).hasSize(3);
        assertThat(cli.ok("user", "list", "--query", "alice@", "-o", "json").json()).hasSize(1);
        assertThat(cli.ok("user", "list", "--query", "nobody", "-o", "json").json()).isEmpty();
    }

    @Test
    void listRefusesABadQueryWithExitTwo() {
        CliHarness.Result r = cli.run("user", "list", "--query", "x".repeat(400));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("query must be at most 320 characters (too_long)").doesNotContain("FieldError");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void showFindsAUserByUsernameOrIdAndExitsThreeForNobody() {
        String id = cli.user("dana", "--role", "admin");

        JsonNode byName = cli.ok("user", "show", "DANA", "--output", "json").json();
        assertThat(byName.path("id").asText()).isEqualTo(id);
        assertThat(byName.path("roles").toString()).contains("admin", "user");
        assertThat(byName.path("permissions").isArray()).isTrue();
        assertThat(byName.path("identities").isArray()).as("as GET /admin/v1/users/{id}").isTrue();
        assertThat(cli.ok("user", "show", id, "-o", "json").json().path("username").asText()).isEqualTo("dana");

        CliHarness.Result table = cli.ok("user", "show", "dana");
        assertThat(table.out()).containsPattern("(?m)^username +dana$").containsPattern("(?m)^roles +admin,user$|^roles +user,admin$");

        CliHarness.Result missing = cli.run("user", "show", "nobody");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("No user with the id or username 'nobody'").contains("[not_found]");
        assertThat(missing.out()).isEmpty();
        assertThat(cli.run("user", "show", "\u0000").exitCode()).isEqualTo(3);
        assertThat(cli.run("user", "show").exitCode()).as("no USER").isEqualTo(2);
    }

    @Test
    void disableEndsSessionsAndEnableUndoesItAuditedAsTheAdminApi() throws Exception {
        String id = cli.user("erin");
        JsonNode off = cli.ok("user", "disable", "erin").json();
        assertThat(off.path("disabled").asBoolean()).isTrue();
        assertThat(cli.count("SELECT COUNT(*) FROM users WHERE disabled = 1 AND id = '" + id + "'")).isEqualTo(1);
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE type = 'admin_user_update' AND actor = 'cli'"
                + " AND detail LIKE '%disabled=true%'")).isEqualTo(1);

        JsonNode on = cli.ok("user", "enable", id).json();
        assertThat(on.path("disabled").asBoolean()).isFalse();
        assertThat(cli.count("SELECT COUNT(*) FROM users WHERE disabled = 0 AND id = '" + id + "'")).isEqualTo(1);

        CliHarness.Result table = cli.ok("user", "disable", "erin", "--output", "table");
        assertThat(table.out()).containsPattern("(?m)^disabled +true$");

        assertThat(cli.run("user", "disable", "ghost").exitCode()).isEqualTo(3);
        assertThat(cli.run("user", "enable", "ghost").exitCode()).isEqualTo(3);
    }

    @Test
    void disablingTheLastAdminIsRefusedWithASentence() throws Exception {
        cli.user("root", "--role", "admin");
        CliHarness.Result r = cli.run("user", "disable", "root");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("error: At least one enabled user must keep the admin role").contains("[last_admin]");
        assertThat(cli.count("SELECT COUNT(*) FROM users WHERE disabled = 1")).isZero();
    }

    @Test
    void deleteRemovesTheUserAndPrintsNothingOnStandardOutput() throws Exception {
        String id = cli.user("fred");
        CliHarness.Result r = cli.ok("user", "delete", "fred");
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("deleted user fred");
        assertThat(cli.count("SELECT COUNT(*) FROM users WHERE id = '" + id + "'")).isZero();
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE type = 'admin_user_delete' AND actor = 'cli'")).isEqualTo(1);

        CliHarness.Result again = cli.run("user", "delete", "fred");
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err()).contains("fred");
    }

    @Test
    void resetPasswordQueuesTheAdminResetMail() throws Exception {
        cli.user("gina", "--email", "gina@example.com");
        CliHarness.Result r = cli.ok("user", "reset-password", "gina");
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("gina@example.com");
        assertThat(cli.count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'gina@example.com'")).isEqualTo(1);
        assertThat(cli.count("SELECT COUNT(*) FROM audit_events WHERE type = 'password_forgot' AND actor = 'cli'")).isEqualTo(1);

        cli.user("hank");
        CliHarness.Result noMail = cli.run("user", "reset-password", "hank");
        assertThat(noMail.exitCode()).isEqualTo(2);
        assertThat(noMail.err()).contains("email is required");
        assertThat(cli.run("user", "reset-password", "ghost").exitCode()).isEqualTo(3);
    }
}
