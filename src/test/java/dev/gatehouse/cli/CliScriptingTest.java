package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What scripts rely on: data alone on standard output, sentences and exit codes on errors, "did you mean". */
class CliScriptingTest extends CliCase {
    @Test
    void everyWriteAndEveryListingWithJsonPrintsExactlyOneJsonDocument() {
        // Each of these parses as a whole: a log line, a banner or a message on stdout would fail it.
        cli.user("ann", "--email", "ann@example.com");
        cli.ok("client", "create", "--name", "Api", "--type", "confidential", "--grant-type", "client_credentials").json();
        cli.ok("role", "create", "ops", "--permission", "ops:read").json();
        cli.ok("role", "grant", "--username", "ann", "--role", "ops").json();
        cli.ok("keys", "rotate").json();
        cli.ok("idp", "add", "--id", "gh", "--type", "github", "--client-id", "x").json();
        for (String[] listing : new String[][] {{"user", "list"}, {"role", "list"}, {"client", "list"}, {"keys", "list"},
                {"idp", "list"}, {"config", "print"}, {"user", "show", "ann"}, {"role", "show", "ops"}, {"idp", "show", "gh"}}) {
            String[] args = java.util.Arrays.copyOf(listing, listing.length + 2);
            args[listing.length] = "--output";
            args[listing.length + 1] = "json";
            CliHarness.Result r = cli.ok(args);
            assertThat(r.json().isContainerNode()).as(String.join(" ", args)).isTrue();
        }
        assertThat(cli.ok("config", "print", "-o", "json").json().findValuesAsText("key")).contains("http.port", "database.url");
    }

    @Test
    void statusMessagesGoToStandardError() {
        CliHarness.Result migrate = cli.ok("migrate");
        assertThat(migrate.out()).isEmpty();
        assertThat(migrate.err()).contains("applied");
        cli.ok("idp", "add", "--id", "gl", "--type", "gitlab", "--client-id", "x");
        CliHarness.Result removed = cli.ok("idp", "remove", "gl");
        assertThat(removed.out()).isEmpty();
        assertThat(removed.err()).contains("removed identity provider gl");
    }

    @Test
    void aMistypedCommandGetsASuggestionAndExitTwo() {
        CliHarness.Result top = cli.run("usr", "list");
        assertThat(top.exitCode()).isEqualTo(2);
        assertThat(top.err()).contains("'gatehouse' has no command 'usr'").contains("Did you mean").contains("user")
                .contains("See 'gatehouse --help'");
        assertThat(top.out()).isEmpty();

        CliHarness.Result sub = cli.run("user", "lst");
        assertThat(sub.exitCode()).isEqualTo(2);
        assertThat(sub.err()).contains("'gatehouse user' has no command 'lst'").contains("list");

        CliHarness.Result bare = cli.run("client");
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("'gatehouse client' needs a command: create, list, show, update, delete, rotate-secret");
    }

    @Test
    void aMistypedFlagGetsASuggestionAmongTheCommandsOptionsAndTheConfigurationFlags() {
        CliHarness.Result own = cli.run("user", "list", "--outptu", "json");
        assertThat(own.exitCode()).isEqualTo(2);
        assertThat(own.err()).contains("unknown option '--outptu'; did you mean --output?").doesNotContain("'json'");
        assertThat(own.out()).isEmpty();

        CliHarness.Result config = cli.run("config", "print", "--http-prot", "9090");
        assertThat(config.exitCode()).isEqualTo(2);
        assertThat(config.err()).contains("unknown option '--http-prot'; did you mean --http-port?");

        CliHarness.Result far = cli.run("config", "print", "--zzzzzzzzzz");
        assertThat(far.err()).contains("unknown option '--zzzzzzzzzz'").doesNotContain("did you mean");
    }

    @Test
    void anUnknownGatehouseVariableIsAWarningOnStandardErrorWithASuggestion() {
        cli.env.put("GATEHOUSE_HTTP_PROT", "9090");
        cli.env.put("GATEHOUSE_IDP_CORP_CLIENT_SECRET", "s");
        cli.env.put("GATEHOUSE_CONFIG_FILE_X", "x");
        cli.env.put("OTHER_THING", "1");
        CliHarness.Result r = cli.ok("role", "list", "-o", "json");
        r.json();
        assertThat(r.err()).contains("warning: environment variable GATEHOUSE_HTTP_PROT is not a Gatehouse setting and is ignored;"
                + " did you mean GATEHOUSE_HTTP_PORT?");
        assertThat(r.err()).contains("GATEHOUSE_CONFIG_FILE_X").doesNotContain("GATEHOUSE_IDP_CORP").doesNotContain("OTHER_THING")
                .doesNotContain("GATEHOUSE_DATABASE_URL");
    }

    @Test
    void refusalsAreSentencesNotFieldErrorDumps() {
        CliHarness.Result r = cli.runWithStdin("password\n", "user", "create", "--username", "weak", "--password-stdin");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("error: The password does not meet the password policy: password ").contains("[weak_password]")
                .doesNotContain("FieldError").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFailureOutsideTheRequestIsExitOneWithOneLine() {
        cli.env.put("GATEHOUSE_DATABASE_URL", "jdbc:sqlite:/proc/no-such-dir/gatehouse.db");
        CliHarness.Result r = cli.run("role", "list");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).containsPattern("(?m)^error: .*database").doesNotContain("\tat ").doesNotContain("Exception:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpListsTheExitCodes() {
        assertThat(cli.ok("--help").out()).contains("Exit codes:").contains("3   Not found");
    }
}
