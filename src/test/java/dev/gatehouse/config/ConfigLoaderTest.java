package dev.gatehouse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loader alone: no database, no HTTP. */
class ConfigLoaderTest {
    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path dir;

    private static GatehouseConfig load(Map<String, String> env, Path file, String... flags) {
        return new ConfigLoader(env).load(file, List.of(flags));
    }

    private static GatehouseConfig load(Map<String, String> env) {
        return load(env, null);
    }

    private static ConfigException problems(Map<String, String> env, Path file, String... flags) {
        return catchThrowableOfType(ConfigException.class, () -> load(env, file, flags));
    }

    private Path file(String content) throws IOException {
        Path file = dir.resolve("gatehouse.properties");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        GatehouseConfig c = load(Map.of());
        assertThat(c.http().port()).isEqualTo(8080);
        assertThat(c.issuer()).isEqualTo("http://localhost:8080");
        assertThat(c.tokens().audience()).isEqualTo(c.issuer());
        assertThat(c.tokens().accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.passwords().minLength()).isEqualTo(15);
        assertThat(c.passwords().argon2MemoryKib()).isEqualTo(19_456);
        assertThat(c.passwords().argon2Iterations()).isEqualTo(2);
        assertThat(c.database().url()).isEqualTo("jdbc:sqlite:" + Path.of("./data").resolve("gatehouse.db"));
    }

    @Test
    void precedenceIsDefaultsThenFileThenEnvironmentThenFlags() throws IOException {
        Path file = file("http.port = 8081\npassword.min.length = 16\naccess.token.ttl = 5m\n");
        Map<String, String> env = Map.of("GATEHOUSE_HTTP_PORT", "8082", "GATEHOUSE_PASSWORD_MIN_LENGTH", "17");

        assertThat(load(Map.of(), file).http().port()).as("file over default").isEqualTo(8081);
        GatehouseConfig envOverFile = load(env, file);
        assertThat(envOverFile.http().port()).as("env over file").isEqualTo(8082);
        assertThat(envOverFile.passwords().minLength()).isEqualTo(17);
        assertThat(envOverFile.tokens().accessTokenTtl()).as("file value kept when env is silent").isEqualTo(Duration.ofMinutes(5));

        GatehouseConfig flagsOverEnv = load(env, file, "--http-port=8083", "--password-min-length", "18");
        assertThat(flagsOverEnv.http().port()).as("flag over env").isEqualTo(8083);
        assertThat(flagsOverEnv.passwords().minLength()).isEqualTo(18);
        assertThat(flagsOverEnv.resolved()).containsEntry("http.port", "8083").containsEntry("access.token.ttl", "5m");
    }

    @Test
    void identityProviderSecretsComeFromTheEnvironmentByProviderId() {
        GatehouseConfig c = load(Map.of("GATEHOUSE_IDP_MY_CORP_CLIENT_SECRET", "s3cret", "GATEHOUSE_IDP_EMPTY_CLIENT_SECRET", ""));
        assertThat(c.federation().clientSecret("my-corp").value()).isEqualTo("s3cret");
        assertThat(c.federation().clientSecret("my_corp").value()).as("ids have no '_': the same variable").isEqualTo("s3cret");
        assertThat(c.federation().clientSecret("corp").isPresent()).isFalse();
        assertThat(c.federation().clientSecret("empty").isPresent()).isFalse();
        assertThat(c.federation().toString()).doesNotContain("s3cret");
        assertThat(c.resolved().toString()).doesNotContain("s3cret");
    }

    @Test
    void configFileCanComeFromTheEnvironment() throws IOException {
        Path file = file("http.port=9001\n");
        assertThat(load(Map.of("GATEHOUSE_CONFIG_FILE", file.toString())).http().port()).isEqualTo(9001);
    }

    @Test
    void managementPortDefaultsTo9000OnTheHttpHost() {
        GatehouseConfig c = load(Map.of("GATEHOUSE_HTTP_HOST", "10.0.0.5"));
        assertThat(c.http().managementPort()).isEqualTo(9000);
        assertThat(c.http().managementHost()).isEqualTo("10.0.0.5");
        assertThat(c.resolved()).containsEntry("management.host", "10.0.0.5").containsEntry("management.port", "9000");
        GatehouseConfig own = load(Map.of("GATEHOUSE_MANAGEMENT_HOST", "127.0.0.1", "GATEHOUSE_MANAGEMENT_PORT", "9100"));
        assertThat(own.http().managementHost()).isEqualTo("127.0.0.1");
        assertThat(own.http().managementPort()).isEqualTo(9100);
    }

    @Test
    void managementPortWhenSameAsHttpPortThenRefused() {
        assertThat(problems(Map.of("GATEHOUSE_HTTP_PORT", "9000"), null).problems())
                .contains("management.port: must differ from http.port");
        assertThat(load(Map.of("GATEHOUSE_HTTP_PORT", "0", "GATEHOUSE_MANAGEMENT_PORT", "0")).http().managementPort()).isZero();
    }

    @Test
    void keyRotationAndShutdownTimesHaveDefaultsAnOffAndBounds() {
        GatehouseConfig.Operations defaults = load(Map.of()).operations();
        assertThat(defaults.keyRotationInterval()).isEqualTo(Duration.ofDays(90));
        assertThat(defaults.drainDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.shutdownTimeout()).isEqualTo(Duration.ofSeconds(20));
        GatehouseConfig.Operations set = load(Map.of("GATEHOUSE_KEYS_ROTATION_INTERVAL", "off", "GATEHOUSE_SHUTDOWN_DRAIN_DELAY", "0s",
                "GATEHOUSE_SHUTDOWN_TIMEOUT", "PT1M")).operations();
        assertThat(set.keyRotationInterval()).as("off: by hand only").isNull();
        assertThat(set.drainDelay()).isZero();
        assertThat(set.shutdownTimeout()).isEqualTo(Duration.ofMinutes(1));
        assertThat(problems(Map.of("GATEHOUSE_KEYS_ROTATION_INTERVAL", "30m", "GATEHOUSE_SHUTDOWN_DRAIN_DELAY", "1h",
                "GATEHOUSE_SHUTDOWN_TIMEOUT", "soon"), null).problems())
                .contains("keys.rotation.interval: at least 1h, or off", "shutdown.drain.delay: at most 5m")
                .anyMatch(p -> p.startsWith("shutdown.timeout: not a duration"));
    }

    @Test
    void booleanFlagWithoutValueMeansTrue() {
        GatehouseConfig c = load(Map.of(), null, "--dev", "--issuer", "http://auth.example.com");
        assertThat(c.dev()).isTrue();
    }

    @Test
    void durationsAcceptShortAndIsoForms() {
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(Durations.parse("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(Durations.parse("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Durations.parse(" 250ms ")).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> Durations.parse("garbage")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("garbage");
        assertThatThrownBy(() -> Durations.parse("15 minutes")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void authorizationCodeTtlAboveTenMinutesIsRefused() {
        ConfigException e = problems(Map.of("GATEHOUSE_AUTHORIZATION_CODE_TTL", "11m"), null);
        assertThat(e.problems()).singleElement().asString().startsWith("authorization.code.ttl:");
    }

    @Test
    void accountReauthMaxAgeDefaultsToFiveMinutesAndAboveAnHourIsRefused() {
        assertThat(load(Map.of()).account().reauthMaxAge()).isEqualTo(Duration.ofMinutes(5));
        assertThat(load(Map.of("GATEHOUSE_ACCOUNT_REAUTH_MAX_AGE", "90s")).account().reauthMaxAge()).isEqualTo(Duration.ofSeconds(90));
        assertThat(problems(Map.of("GATEHOUSE_ACCOUNT_REAUTH_MAX_AGE", "2h"), null).problems()).singleElement().asString()
                .startsWith("account.reauth.max.age:");
        assertThat(problems(Map.of("GATEHOUSE_ACCOUNT_REAUTH_MAX_AGE", "0s"), null).problems()).singleElement().asString()
                .startsWith("account.reauth.max.age:");
    }

    @Test
    void clientCacheTtlDefaultsToFiveSecondsAndZeroTurnsItOff() throws Exception {
        assertThat(load(Map.of(), null).tokens().clientCacheTtl()).isEqualTo(java.time.Duration.ofSeconds(5));
        assertThat(load(Map.of("GATEHOUSE_CLIENT_CACHE_TTL", "0s"), null).tokens().clientCacheTtl()).isZero();
        assertThat(load(Map.of("GATEHOUSE_CLIENT_CACHE_TTL", "0"), null).tokens().clientCacheTtl()).isZero();
    }

    @Test
    void clientCacheTtlAboveAMinuteOrNegativeIsRefused() {
        assertThat(problems(Map.of("GATEHOUSE_CLIENT_CACHE_TTL", "2m"), null).problems()).singleElement().asString()
                .startsWith("client.cache.ttl:");
        assertThat(problems(Map.of("GATEHOUSE_CLIENT_CACHE_TTL", "-1s"), null).problems()).singleElement().asString()
                .startsWith("client.cache.ttl:");
    }

    @Test
    void authorizationCodeTtlDefaultsToSixtySeconds() throws Exception {
        assertThat(load(Map.of(), null).tokens().authorizationCodeTtl()).isEqualTo(java.time.Duration.ofSeconds(60));
    }

    @Test
    void durationsFlowThroughTheLoader() {
        GatehouseConfig c = load(Map.of("GATEHOUSE_ACCESS_TOKEN_TTL", "90s", "GATEHOUSE_SESSION_IDLE_TTL", "12h",
                "GATEHOUSE_SESSION_MAX_TTL", "P30D", "GATEHOUSE_LOGIN_THROTTLE_MAX_DELAY", "PT15M"));
        assertThat(c.tokens().accessTokenTtl()).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.tokens().sessionIdleTtl()).isEqualTo(Duration.ofHours(12));
        assertThat(c.tokens().sessionMaxTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(c.throttle().maxDelay()).isEqualTo(Duration.ofMinutes(15));

        ConfigException e = problems(Map.of("GATEHOUSE_SESSION_IDLE_TTL", "garbage"), null);
        assertThat(e.problems()).singleElement().asString().startsWith("session.idle.ttl:").contains("garbage");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ConfigException e = problems(Map.of("GATEHOUSE_HTTP_PORT", "eighty", "GATEHOUSE_ACCESS_TOKEN_TTL", "soon"),
                null, "--token-signing-alg=HS256");
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("http.port:").contains("eighty"))
                .anySatisfy(p -> assertThat(p).startsWith("access.token.ttl:").contains("soon"))
                .anySatisfy(p -> assertThat(p).startsWith("token.signing.alg:").contains("HS256"));
        assertThat(e.getMessage()).contains("eighty", "soon", "HS256");
    }

    @Test
    void unknownFlagIsAProblem() {
        ConfigException e = problems(Map.of(), null, "--no-such-option=x", "--http-port", "abc");
        assertThat(e.problems()).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("--no-such-option"))
                .anySatisfy(p -> assertThat(p).startsWith("http.port:"));
    }

    @Test
    void flagWithoutValueIsAProblem() {
        ConfigException e = problems(Map.of(), null, "--http-port");
        assertThat(e.problems()).singleElement().asString().contains("--http-port").contains("needs a value");
    }

    @Test
    void unknownFileKeyIsAProblem() throws IOException {
        ConfigException e = problems(Map.of(), file("http.prot = 8080\nissuer = https://auth.example.com\n"));
        assertThat(e.problems()).singleElement().asString().contains("unknown key 'http.prot'");
    }

    @Test
    void unreadableFileIsAProblem() {
        ConfigException e = problems(Map.of(), dir.resolve("missing.properties"));
        assertThat(e.problems()).singleElement().asString().contains("cannot be read");
    }

    @Test
    void unknownEnvironmentVariablesAreIgnored() {
        // The process environment holds many unrelated variables; only GATEHOUSE_* names are read.
        assertThat(load(Map.of("PATH", "/usr/bin", "HOME", "/root")).http().port()).isEqualTo(8080);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://auth.example.com", "http://10.0.0.5:8080", "http://0.0.0.0:8080"})
    void plainHttpIssuerOffLoopbackIsRefused(String issuer) {
        ConfigException e = problems(Map.of("GATEHOUSE_ISSUER", issuer), null);
        assertThat(e.problems()).singleElement().asString().startsWith("issuer:").contains("plain http");
    }

    @Test
    void plainHttpIssuerOffLoopbackIsAllowedInDevMode() {
        GatehouseConfig c = load(Map.of("GATEHOUSE_ISSUER", "http://auth.example.com", "GATEHOUSE_DEV", "true"));
        assertThat(c.issuer()).isEqualTo("http://auth.example.com");
        assertThat(c.dev()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://auth.example.com", "https://auth.example.com/tenant", "http://localhost:9000",
            "http://127.0.0.1:8080", "http://[::1]:8080"})
    void httpsOrLoopbackIssuerIsAccepted(String issuer) {
        assertThat(load(Map.of("GATEHOUSE_ISSUER", issuer)).issuer()).isEqualTo(issuer);
    }

    @Test
    void issuerLosesTrailingSlashAndRefusesQuery() {
        assertThat(load(Map.of("GATEHOUSE_ISSUER", "https://auth.example.com/")).issuer()).isEqualTo("https://auth.example.com");
        assertThat(problems(Map.of("GATEHOUSE_ISSUER", "https://auth.example.com?x=1"), null).problems())
                .singleElement().asString().contains("query");
        assertThat(problems(Map.of("GATEHOUSE_ISSUER", "ftp://auth.example.com"), null).problems())
                .singleElement().asString().contains("scheme");
    }

    @Test
    void passwordMinimumBelowEightIsRefused() {
        assertThat(problems(Map.of("GATEHOUSE_PASSWORD_MIN_LENGTH", "7"), null).problems())
                .singleElement().asString().startsWith("password.min.length:");
        assertThat(load(Map.of("GATEHOUSE_PASSWORD_MIN_LENGTH", "8")).passwords().minLength()).isEqualTo(8);
    }

    @Test
    void masterKeyMustBeThirtyTwoBytesOfBase64() {
        assertThat(load(Map.of("GATEHOUSE_MASTER_KEY", MASTER_KEY)).masterKey().value()).isEqualTo(MASTER_KEY);
        String sixteen = Base64.getEncoder().encodeToString(new byte[16]);
        String thirtyThree = Base64.getEncoder().encodeToString(new byte[33]);
        for (String bad : List.of(sixteen, thirtyThree, "not base64 at all!")) {
            assertThat(problems(Map.of("GATEHOUSE_MASTER_KEY", bad), null).problems()).as(bad)
                    .singleElement().asString().startsWith("master.key:");
        }
    }

    @Test
    void theMasterKeyKnowsWhereItWasSetSoThatAWrongOneCanBeNamed() throws IOException {
        Path file = file("master.key = " + MASTER_KEY + "\n");
        assertThat(load(Map.of(), file).masterKey().origin()).isEqualTo("master.key in " + file);
        assertThat(load(Map.of("GATEHOUSE_MASTER_KEY", MASTER_KEY), file).masterKey().origin()).isEqualTo("GATEHOUSE_MASTER_KEY");
        assertThat(load(Map.of("GATEHOUSE_MASTER_KEY", MASTER_KEY), file, "--master-key=" + MASTER_KEY).masterKey().origin())
                .isEqualTo("--master-key");
        assertThat(load(Map.of()).masterKey().origin()).isNull();
        assertThat(load(Map.of("GATEHOUSE_MASTER_KEY", MASTER_KEY), file).masterKey().toString()).isEqualTo("<redacted>");
    }

    @Test
    void secretsAreRedactedInResolvedAndToString() {
        Map<String, String> env = new HashMap<>();
        env.put("GATEHOUSE_DATABASE_URL", "jdbc:postgresql://db/gatehouse");
        env.put("GATEHOUSE_DATABASE_PASSWORD", "db-pass-s3cr3t");
        env.put("GATEHOUSE_MASTER_KEY", MASTER_KEY);
        env.put("GATEHOUSE_BOOTSTRAP_ADMIN_USERNAME", "root");
        env.put("GATEHOUSE_BOOTSTRAP_ADMIN_PASSWORD", "admin-pass-s3cr3t");
        env.put("GATEHOUSE_SMTP_PASSWORD", "smtp-pass-s3cr3t");
        GatehouseConfig c = load(env);

        assertThat(c.database().password().value()).isEqualTo("db-pass-s3cr3t");
        assertThat(c.resolved()).containsEntry("database.password", "<redacted>")
                .containsEntry("master.key", "<redacted>")
                .containsEntry("bootstrap.admin.password", "<redacted>")
                .containsEntry("smtp.password", "<redacted>")
                .containsEntry("bootstrap.admin.username", "root");
        for (String secret : List.of("db-pass-s3cr3t", MASTER_KEY, "admin-pass-s3cr3t", "smtp-pass-s3cr3t")) {
            assertThat(c.resolved().values()).doesNotContain(secret);
            assertThat(c.toString()).doesNotContain(secret);
        }
        assertThat(c.resolved().keySet()).hasSize(ConfigKeys.ALL.size());
    }

    @Test
    void defaultLocaleIsOneOfTheLanguagesOfThePages() {
        assertThat(load(Map.of()).resolved()).containsEntry("default.locale", "en");
        for (java.util.Locale l : dev.gatehouse.i18n.Languages.SUPPORTED) {
            assertThat(load(Map.of("GATEHOUSE_DEFAULT_LOCALE", l.toLanguageTag())).resolved()).containsEntry("default.locale", l.toLanguageTag());
        }
        assertThat(problems(Map.of("GATEHOUSE_DEFAULT_LOCALE", "ja"), null).problems()).anyMatch(p -> p.startsWith("default.locale: one of en, de, fr"));
    }

    @Test
    void unsetSecretsAreEmptyNotRedacted() {
        assertThat(load(Map.of()).resolved()).containsEntry("database.password", "");
    }

    @Test
    void bootstrapAdminNeedsAPassword() {
        assertThat(problems(Map.of("GATEHOUSE_BOOTSTRAP_ADMIN_USERNAME", "root"), null).problems())
                .singleElement().asString().startsWith("bootstrap.admin.password:");
    }
}
