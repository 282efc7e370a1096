package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, output, and what the commands leave in a fresh SQLite database. */
class CliTest {
    @TempDir
    Path dataDir;

    private CliHarness cli;
    private String databaseUrl;
    private Map<String, String> env;

    @BeforeEach
    void freshDatabase() {
        cli = new CliHarness(dataDir);
        databaseUrl = cli.databaseUrl;
        env = cli.env;
    }

    private record Result(int exitCode, String out, String err) {}

    /** Runs one command with the given stdin (see {@link CliHarness}). */
    private Result runWithStdin(String stdin, String... args) {
        CliHarness.Result r = cli.runWithStdin(stdin, args);
        return new Result(r.exitCode(), r.out(), r.err());
    }

    private Result run(String... args) {
        return runWithStdin("", args);
    }

    @Test
    void helpListsEveryCommand() {
        Result r = run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("serve", "migrate", "config", "user", "role", "keys", "client", "idp");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : List.of(new String[] {"serve"}, new String[] {"user"}, new String[] {"user", "create"},
                new String[] {"keys", "rotate"}, new String[] {"client", "create"}, new String[] {"idp", "add"},
                new String[] {"idp", "update"})) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            Result r = run(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.out()).contains("Usage: gatehouse " + String.join(" ", command));
        }
        assertThat(run("serve", "-h").out()).contains("Every configuration key is also a flag");
    }

    @Test
    void noCommandIsAUsageError() {
        Result r = run();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'gatehouse' needs a command");
    }

    @Test
    void configPrintRedactsSecretsFromTheEnvironment() {
        env.put("GATEHOUSE_DATABASE_PASSWORD", "pg-s3cr3t-value");
        Result r = run("config", "print", "--http-port", "9191");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(lineOf(r.out(), "database.password")).contains("GATEHOUSE_DATABASE_PASSWORD").endsWith("<redacted>");
        assertThat(lineOf(r.out(), "master.key")).endsWith("<redacted>");
        assertThat(lineOf(r.out(), "http.port")).endsWith("9191");
        assertThat(lineOf(r.out(), "database.url")).endsWith(databaseUrl);
        assertThat(r.out()).doesNotContain("pg-s3cr3t-value").doesNotContain(TestServer.MASTER_KEY);
        assertThat(r.err()).doesNotContain("pg-s3cr3t-value");
    }

    @Test
    void badConfigurationExitsTwoWithEveryProblemInOneMessage() {
        env.put("GATEHOUSE_ACCESS_TOKEN_TTL", "soon");
        Result r = run("config", "print", "--http-port", "eighty", "--no-such-key=1");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("invalid configuration")
                .contains("access.token.ttl").contains("soon")
                .contains("http.port").contains("eighty")
                .contains("--no-such-key");
        assertThat(r.err().split("invalid configuration", -1)).as("one message").hasSize(2);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void migrateAppliesTheSchema() throws SQLException {
        Result r = run("migrate");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("applied").contains("sqlite");
        assertThat(r.out()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM users")).isZero();
        assertThat(run("migrate").exitCode()).as("idempotent").isZero();
    }

    @Test
    void userCreateReadsThePasswordFromStdin() throws SQLException {
        Result r = runWithStdin("correct horse battery staple\n", "user", "create", "--username", "bob", "--role", "admin", "--password-stdin");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"username\" : \"bob\"").doesNotContain("correct horse");
        assertThat(rolesOf("bob")).containsExactlyInAnyOrder("user", "admin");
        assertThat(count("SELECT COUNT(*) FROM users WHERE password_hash LIKE '$argon2id$%'")).isEqualTo(1);

        Result again = runWithStdin("correct horse battery staple\n", "user", "create", "--username", "bob", "--password-stdin");
        assertThat(again.exitCode()).as("username taken").isEqualTo(2);
        assertThat(again.err()).contains("username_taken");
    }

    @Test
    void userCreateRefusesAWeakPassword() throws SQLException {
        Result r = runWithStdin("password\n", "user", "create", "--username", "carol", "--password-stdin");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("weak_password");
        assertThat(count("SELECT COUNT(*) FROM users")).isZero();
    }

    @Test
    void userCreateWithoutPasswordOnStdinIsAUsageError() {
        Result r = runWithStdin("", "user", "create", "--username", "dave", "--password-stdin");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no password");
    }

    @Test
    void keysRotateLeavesTwoKeys() throws SQLException {
        Result r = run("keys", "rotate");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"kid\" : ").contains("\"status\" : \"active\"");
        assertThat(count("SELECT COUNT(*) FROM signing_keys")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM signing_keys WHERE status = 'active'")).isEqualTo(1);
    }

    @Test
    void keysRotateRotatesEveryAlgorithmThatHasAnActiveKey() throws SQLException {
        assertThat(run("keys", "rotate").exitCode()).isZero();
        env.put("GATEHOUSE_TOKEN_SIGNING_ALG", "ES256");

        Result r = run("keys", "rotate");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"alg\" : \"ES256\"", "\"alg\" : \"RS256\"");
        assertThat(count("SELECT COUNT(*) FROM signing_keys WHERE status = 'active'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM signing_keys WHERE status = 'active' AND alg = 'ES256'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM signing_keys WHERE alg = 'RS256'")).as("created, rotated twice").isEqualTo(3);
    }

    @Test
    void clientCreatePrintsTheSecretOnceAndStoresOnlyItsHash() throws Exception {
        Result r = run("client", "create", "--name", "Billing", "--type", "confidential", "--grant-type", "client_credentials",
                "--scope", "invoices:read", "--scope", "invoices:write", "--auth-method", "client_secret_post");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // Log lines may share stdout in tests: the JSON is the block from "{" to "}".
        String out = r.out().substring(r.out().indexOf("{\n"), r.out().lastIndexOf("}") + 1);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
        String id = json.path("client_id").asText();
        String secret = json.path("client_secret").asText();
        assertThat(secret).hasSize(43);
        assertThat(json.path("type").asText()).isEqualTo("confidential");
        assertThat(json.path("token_endpoint_auth_method").asText()).isEqualTo("client_secret_post");
        assertThat(json.path("scopes").toString()).isEqualTo("[\"invoices:read\",\"invoices:write\"]");
        assertThat(count("SELECT COUNT(*) FROM oauth_clients WHERE secret_hash = '" + dev.gatehouse.core.SecureTokens.hash(secret) + "'"))
                .isEqualTo(1);

        Result list = run("client", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains(id).contains("Billing").doesNotContain(secret).doesNotContain("client_secret\"");
    }

    @Test
    void clientCreateWithAudienceStoresItAndRefusesGatehousesOwnForAThirdPartyClient() throws Exception {
        env.put("GATEHOUSE_ACCESS_TOKEN_AUDIENCE", "https://id.example.com");
        Result r = run("client", "create", "--name", "Notes", "--type", "confidential", "--grant-type", "client_credentials",
                "--audience", "https://notes.example.com", "--audience", "https://calendar.example.com");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"audience\" : [ \"https://notes.example.com\", \"https://calendar.example.com\" ]");
        assertThat(count("SELECT COUNT(*) FROM oauth_clients WHERE audience = 'https://notes.example.com https://calendar.example.com'"))
                .isEqualTo(1);

        Result refused = run("client", "create", "--name", "Sneaky", "--type", "confidential", "--grant-type", "client_credentials",
                "--audience", "https://id.example.com");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("reserved_for_first_party");
        assertThat(count("SELECT COUNT(*) FROM oauth_clients")).isEqualTo(1);
    }

    @Test
    void clientCreateWithWebOriginsStoresThemAndRefusesAPathOrWildcard() throws Exception {
        Result r = run("client", "create", "--name", "Spa", "--type", "public", "--redirect-uri", "https://spa.example/cb",
                "--web-origin", "https://spa.example", "--web-origin", "+");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"web_origins\" : [ \"https://spa.example\", \"+\" ]");
        assertThat(count("SELECT COUNT(*) FROM oauth_clients WHERE web_origins = 'https://spa.example +'")).isEqualTo(1);

        Result refused = run("client", "create", "--name", "Bad", "--type", "public", "--redirect-uri", "https://spa.example/cb",
                "--web-origin", "https://spa.example/", "--web-origin", "*");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("web_origins", "has_path", "wildcard");
        assertThat(count("SELECT COUNT(*) FROM oauth_clients")).isEqualTo(1);
    }

    @Test
    void clientCreateWithAnAccessTokenAlgorithmStoresItAndCreatesItsKey() throws Exception {
        Result r = run("client", "create", "--name", "Fast", "--type", "confidential", "--grant-type", "client_credentials",
                "--access-token-signed-response-alg", "ES256");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"access_token_signed_response_alg\" : \"ES256\"");
        assertThat(count("SELECT COUNT(*) FROM oauth_clients WHERE access_token_signed_response_alg = 'ES256'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM signing_keys WHERE status = 'active' AND alg = 'ES256'")).isEqualTo(1);

        Result bad = run("client", "create", "--name", "Slow", "--type", "confidential", "--grant-type", "client_credentials",
                "--access-token-signed-response-alg", "HS256");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("access_token_signed_response_alg");
        assertThat(count("SELECT COUNT(*) FROM oauth_clients")).isEqualTo(1);
    }

    @Test
    void clientCreateWithBadMetadataExitsTwoListingTheProblems() throws SQLException {
        Result r = run("client", "create", "--name", "SPA", "--type", "public", "--grant-type", "client_credentials",
                "--redirect-uri", "http://evil.example/cb#x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("invalid_request").contains("client_credentials_requires_confidential").contains("fragment");
        assertThat(count("SELECT COUNT(*) FROM oauth_clients")).isZero();
    }

    @Test
    void roleCreateListAndGrant() throws SQLException {
        Result created = run("role", "create", "Editor", "--description", "edits notes", "--permission", "notes:read",
                "--permission", "notes:write");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("\"name\" : \"Editor\"").contains("[ \"notes:read\", \"notes:write\" ]");

        Result list = run("role", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("(?m)^admin +true +Full administrative access +admin:")
                .containsPattern("(?m)^user +true").containsPattern("(?m)^Editor +false +edits notes +notes:read,notes:write$");

        assertThat(runWithStdin("correct horse battery staple\n", "user", "create", "--username", "erin", "--password-stdin").exitCode())
                .isZero();
        Result grant = run("role", "grant", "--username", "ERIN", "--role", "editor");
        assertThat(grant.exitCode()).as(grant.err()).isZero();
        assertThat(grant.out()).contains("\"roles\" : [ \"Editor\", \"user\" ]");
        assertThat(rolesOf("erin")).containsExactlyInAnyOrder("user", "Editor");
        assertThat(count("SELECT COUNT(*) FROM audit_events WHERE type = 'admin_user_roles' AND actor = 'cli'")).isEqualTo(1);
    }

    @Test
    void roleCommandsRefuseBadInputWithExitTwo() {
        Result dup = run("role", "create", "ADMIN");
        assertThat(dup.exitCode()).isEqualTo(2);
        assertThat(dup.err()).contains("role_exists");
        Result bad = run("role", "create", "ok", "--permission", "Not A Permission");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("invalid_permission");
        Result nobody = run("role", "grant", "--username", "nobody", "--role", "admin");
        assertThat(nobody.exitCode()).as("not found").isEqualTo(3);
        assertThat(nobody.err()).contains("not_found");
        assertThat(runWithStdin("correct horse battery staple\n", "user", "create", "--username", "fay", "--password-stdin").exitCode())
                .isZero();
        Result unknownRole = run("role", "grant", "--username", "fay", "--role", "ghost");
        assertThat(unknownRole.exitCode()).isEqualTo(2);
        assertThat(unknownRole.err()).contains("unknown_role");
        assertThat(run("role").exitCode()).isEqualTo(2);
    }

    @Test
    void userCreateAcceptsAnyExistingRoleAndRefusesUnknownOnes() throws SQLException {
        assertThat(run("role", "create", "support", "--permission", "tickets:read").exitCode()).isZero();
        Result r = runWithStdin("correct horse battery staple\n", "user", "create", "--username", "gil", "--role", "Support",
                "--password-stdin");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(rolesOf("gil")).containsExactlyInAnyOrder("user", "support");
        Result unknown = runWithStdin("correct horse battery staple\n", "user", "create", "--username", "hal", "--role", "ghost",
                "--password-stdin");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown role");
        assertThat(count("SELECT COUNT(*) FROM users WHERE username_norm = 'hal'")).isZero();
    }

    private static String lineOf(String output, String key) {
        return output.lines().filter(l -> l.startsWith(key + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + key + " in:\n" + output)).strip();
    }

    @Test
    void idpAddReadsTheSecretFromStdinAndNeverPrintsIt() throws Exception {
        Result r = runWithStdin("gh-secret-value\n", "idp", "add", "--id", "github", "--type", "github", "--client-id", "Iv1.abc",
                "--client-secret-stdin");
        assertThat(r.exitCode()).as(r.err()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out().substring(r.out().indexOf("{\n"), r.out().lastIndexOf("}") + 1));
        assertThat(json.path("id").asText()).isEqualTo("github");
        assertThat(json.path("has_client_secret").asBoolean()).isTrue();
        assertThat(json.path("scopes").toString()).isEqualTo("[\"read:user\",\"user:email\"]");
        assertThat(r.out() + r.err()).doesNotContain("gh-secret-value");
        // Sealed at rest: the plain secret is not in the database.
        assertThat(count("SELECT COUNT(*) FROM identity_providers WHERE client_secret_sealed IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM identity_providers WHERE client_secret_sealed LIKE '%gh-secret%'")).isZero();

        Result list = run("idp", "list", "--output", "json");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("\"github\"").doesNotContain("gh-secret-value");
        Result show = run("idp", "show", "github", "-o", "json");
        assertThat(show.out()).contains("Iv1.abc").doesNotContain("gh-secret-value");
    }

    @Test
    void idpAddReadsAnApplePrivateKeyFromAFile() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("EC");
        g.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        String pem = "-----BEGIN PRIVATE KEY-----\n" + java.util.Base64.getMimeEncoder()
                .encodeToString(g.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        Path key = dataDir.resolve("AuthKey_KEY1234567.p8");
        java.nio.file.Files.writeString(key, pem);
        Result r = run("idp", "add", "--id", "apple", "--type", "apple", "--client-id", "com.example.web", "--team-id", "TEAM123456",
                "--key-id", "KEY1234567", "--client-secret-file", key.toString(), "--audience", "com.example.ios");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"has_client_secret\" : true", "com.example.ios").doesNotContain("PRIVATE KEY");

        Path notAKey = dataDir.resolve("cert.pem");
        java.nio.file.Files.writeString(notAKey, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        Result bad = run("idp", "add", "--id", "apple2", "--type", "apple", "--client-id", "x", "--team-id", "T", "--key-id", "K",
                "--client-secret-file", notAKey.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("invalid_private_key");
    }

    @Test
    void idpSecretIsNeverTakenFromAnArgument() throws SQLException {
        assertThat(run("migrate").exitCode()).isZero();
        Result r = run("idp", "add", "--id", "gl", "--type", "gitlab", "--client-id", "x", "--client-secret", "hunter2");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("never an argument").doesNotContain("hunter2");
        assertThat(count("SELECT COUNT(*) FROM identity_providers")).isZero();
        Result empty = runWithStdin("", "idp", "add", "--id", "gl", "--type", "gitlab", "--client-id", "x", "--client-secret-stdin");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("no client secret");
    }

    @Test
    void idpUpdateShowAndRemove() throws Exception {
        assertThat(run("idp", "add", "--id", "corp", "--type", "oidc", "--issuer", "https://93.184.216.34/realms/corp",
                "--client-id", "gatehouse").exitCode()).isZero();
        Result updated = runWithStdin("s3cret\n", "idp", "update", "corp", "--name", "Corp SSO", "--enabled", "false",
                "--link-policy", "never", "--client-secret-stdin");
        assertThat(updated.exitCode()).as(updated.err()).isZero();
        assertThat(updated.out()).contains("Corp SSO", "\"enabled\" : false", "\"link_policy\" : \"never\"", "\"has_client_secret\" : true");
        Result cleared = run("idp", "update", "corp", "--clear-client-secret");
        assertThat(cleared.out()).contains("\"has_client_secret\" : false");
        Result immutable = run("idp", "update", "corp", "--issuer", "");
        assertThat(immutable.exitCode()).isEqualTo(2);
        assertThat(immutable.err()).contains("issuer");
        assertThat(run("idp", "add", "--id", "corp", "--type", "github", "--client-id", "x").err()).contains("provider_id_taken");
        assertThat(run("idp", "remove", "corp").err()).contains("removed identity provider corp");
        Result gone = run("idp", "show", "corp");
        assertThat(gone.exitCode()).as("not found").isEqualTo(3);
        assertThat(gone.err()).contains("not_found");
        assertThat(run("idp", "remove", "corp").exitCode()).isEqualTo(3);
        assertThat(run("idp").exitCode()).isEqualTo(2);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> rolesOf(String usernameNorm) throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl);
             PreparedStatement ps = c.prepareStatement(
                     "SELECT r.role_name FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.username_norm = ?")) {
            ps.setString(1, usernameNorm);
            List<String> roles = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) roles.add(rs.getString(1));
            }
            return roles;
        }
    }
}
