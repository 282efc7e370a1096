package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.account.Identifiers;
import dev.gatehouse.account.LiveSessionClaims;
import dev.gatehouse.account.LiveSessionUser;
import dev.gatehouse.account.User;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.session.Session;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JdbiUserStore on SQLite and PostgreSQL: lookups by normalised identifiers, uniqueness, grants. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserStoreContractTest {
    /** Every admin permission the migrations seed (API.md §4: admin holds every admin:* permission). */
    private static final List<String> ADMIN_PERMISSIONS = List.of("admin:clients:read", "admin:clients:write",
            "admin:events:read", "admin:identity-providers:read", "admin:identity-providers:write", "admin:keys:read", "admin:keys:write", "admin:roles:read", "admin:roles:write",
            "admin:sessions:read", "admin:sessions:write", "admin:users:read", "admin:users:write");
    private static final Instant CREATED = Instant.ofEpochMilli(1_700_000_123_456L);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static User user(String username, String email) {
        return new User(UUID.randomUUID().toString(), username, email, true, "Name of " + username,
                "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA", false, CREATED);
    }

    private static void insert(StoreFixture f, User u, List<String> roles) {
        f.users.insert(u, Identifiers.normalizeUsername(u.username()),
                u.email() == null ? null : Identifiers.normalizeEmail(u.email()), roles);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void localeIsUnknownUntilSetThenTheLastOneWins(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = user("locale.user." + kind.name().toLowerCase(java.util.Locale.ROOT), null);
        insert(f, u, List.of("user"));
        assertThat(f.users.locale(u.id())).isEmpty();
        f.users.updateLocale(u.id(), "de");
        f.users.updateLocale(u.id(), "de");
        assertThat(f.users.locale(u.id())).contains("de");
        f.users.updateLocale(u.id(), "fr");
        assertThat(f.users.locale(u.id())).contains("fr");
        assertThat(f.users.locale(UUID.randomUUID().toString())).isEmpty();
        assertThat(f.users.findById(u.id()).orElseThrow().user()).as("the user itself is unchanged").isEqualTo(u);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertThenFindByNormalisedUsernameEmailAndIdReturnsEveryField(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = user("Straße.Find", "Find.Me@Example.COM");
        insert(f, u, List.of("user"));

        for (String typed : List.of("STRASSE.FIND", "strasse.find", "Straße.Find")) {
            Optional<UserWithGrants> found = f.users.findByLogin(Identifiers.normalizeUsername(typed));
            assertThat(found).as(typed).isPresent();
            assertThat(found.get().user()).isEqualTo(u);
        }
        assertThat(f.users.findByLogin(Identifiers.normalizeEmail("find.me@example.com")).map(UserWithGrants::user)).contains(u);
        assertThat(f.users.findByLogin(Identifiers.normalizeEmail("FIND.ME@EXAMPLE.COM")).map(UserWithGrants::user)).contains(u);
        assertThat(f.users.findById(u.id()).map(UserWithGrants::user)).contains(u);
        // The store matches normalised forms only: the raw spelling is not a key.
        assertThat(f.users.findByLogin("Straße.Find")).isEmpty();
        assertThat(f.users.findByLogin("nobody")).isEmpty();
        assertThat(f.users.findById(UUID.randomUUID().toString())).isEmpty();
        assertThat(f.users.existsByUsernameNorm("strasse.find")).isTrue();
        assertThat(f.users.existsByUsernameNorm("Straße.Find")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertWhenUsernameTakenInAnotherCaseThenUniqueViolationOnUsername(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        insert(f, user("dup.name", "first.dup@example.com"), List.of("user"));
        User second = user("DUP.Name", "second.dup@example.com");

        UniqueViolation e = catchThrowableOfType(UniqueViolation.class, () -> insert(f, second, List.of("user")));

        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo("username");
        assertThat(f.users.findById(second.id())).as("nothing of the refused user is stored").isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM user_roles WHERE user_id = '" + second.id() + "'")).isZero();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertWhenEmailTakenInAnotherCaseThenUniqueViolationOnEmail(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        insert(f, user("mail.one", "Shared@Example.com"), List.of());
        User second = user("mail.two", "shared@EXAMPLE.com");

        UniqueViolation e = catchThrowableOfType(UniqueViolation.class, () -> insert(f, second, List.of()));

        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo("email");
        assertThat(f.users.findById(second.id())).isEmpty();
    }

    /** The collided value must not decide the field: PostgreSQL puts it in the message detail. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertWhenUsernameThatContainsTheWordEmailIsTakenThenViolationNamesUsername(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        insert(f, user("email_norm.fan", "fan.one@example.com"), List.of());

        UniqueViolation e = catchThrowableOfType(UniqueViolation.class,
                () -> insert(f, user("Email_Norm.Fan", "fan.two@example.com"), List.of()));

        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo("username");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updateProfileWhenEmailTakenThenUniqueViolationOnEmail(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        insert(f, user("profile.one", "profile.taken@example.com"), List.of());
        User other = user("profile.two", null);
        insert(f, other, List.of());

        UniqueViolation e = catchThrowableOfType(UniqueViolation.class, () -> f.users.updateProfile(other.id(), "x",
                "Profile.Taken@example.com", Identifiers.normalizeEmail("Profile.Taken@example.com"), false, CREATED));

        assertThat(e).isNotNull();
        assertThat(e.field()).isEqualTo("email");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void usersWithoutEmailDoNotCollide(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        insert(f, user("no.mail.one", null), List.of());
        insert(f, user("no.mail.two", null), List.of());

        assertThat(f.users.existsByUsernameNorm("no.mail.one")).isTrue();
        assertThat(f.users.existsByUsernameNorm("no.mail.two")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void grantsJoinRolesWithTheSeededAdminPermissionsPerUser(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User admin = user("grants.admin", "grants.admin@example.com");
        User plain = user("grants.plain", "grants.plain@example.com");
        User none = user("grants.none", null);
        insert(f, admin, List.of("user", "admin"));
        insert(f, plain, List.of("user"));
        insert(f, none, List.of());

        UserWithGrants a = f.users.findById(admin.id()).orElseThrow();
        assertThat(a.grants().roles()).containsExactly("admin", "user");
        assertThat(a.grants().sortedPermissions()).containsExactlyElementsOf(ADMIN_PERMISSIONS);
        assertThat(f.users.findByLogin("grants.admin@example.com").orElseThrow().grants()).isEqualTo(a.grants());

        UserWithGrants p = f.users.findByLogin("grants.plain").orElseThrow();
        assertThat(p.grants().roles()).containsExactly("user");
        assertThat(p.grants().permissions()).isEmpty();

        UserWithGrants n = f.users.findById(none.id()).orElseThrow();
        assertThat(n.user()).isEqualTo(none);
        assertThat(n.grants().roles()).isEmpty();
        assertThat(n.grants().permissions()).isEmpty();
    }

    /** The upgrade after a login must not bring back a password a reset replaced meanwhile. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void replacePasswordHashWhenStoredHashChangedMeanwhileThenNothingChanges(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = user("rehash.race", null);
        insert(f, u, List.of("user"));
        String imported = u.passwordHash();

        assertThat(f.users.replacePasswordHash(u.id(), imported, "$argon2id$upgraded", CREATED.plusSeconds(1))).isTrue();
        assertThat(f.users.findById(u.id()).orElseThrow().user().passwordHash()).isEqualTo("$argon2id$upgraded");

        f.users.updatePasswordHash(u.id(), "$argon2id$after-reset", CREATED.plusSeconds(2));
        assertThat(f.users.replacePasswordHash(u.id(), "$argon2id$upgraded", "$argon2id$old-password", CREATED.plusSeconds(3))).isFalse();
        assertThat(f.users.findById(u.id()).orElseThrow().user().passwordHash()).isEqualTo("$argon2id$after-reset");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updatePasswordHashAndProfileAreReadBack(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = user("update.me", "update.me@example.com");
        insert(f, u, List.of("user"));

        f.users.updatePasswordHash(u.id(), "$argon2id$new", CREATED.plusSeconds(5));
        f.users.updateProfile(u.id(), null, "New.Address@example.com", "new.address@example.com", false, CREATED.plusSeconds(6));

        User read = f.users.findById(u.id()).orElseThrow().user();
        assertThat(read.passwordHash()).isEqualTo("$argon2id$new");
        assertThat(read.name()).isNull();
        assertThat(read.email()).isEqualTo("New.Address@example.com");
        assertThat(read.emailVerified()).isFalse();
        assertThat(f.users.findByLogin("new.address@example.com").map(x -> x.user().id())).contains(u.id());
        assertThat(f.users.findByLogin("update.me@example.com")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findByLiveSessionGivesTheUserAndWhenTheSessionEndsOnlyWhileItIsLive(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = user("live.session." + kind.name().toLowerCase(), null);
        insert(f, u, List.of("user"));
        Instant ends = CREATED.plusSeconds(3_600);
        Session s = new Session(UUID.randomUUID().toString(), u.id(), "gatehouse", List.of(), CREATED, CREATED, ends, null, null, null);
        f.sessions.insert(s, SecureTokens.hash(SecureTokens.random(32)));

        Optional<LiveSessionUser> found = f.users.findByLiveSession(u.id(), s.id(), ends.minusMillis(1));
        assertThat(found).isPresent();
        assertThat(found.get().user().user()).isEqualTo(u);
        assertThat(found.get().user().grants().roles()).containsExactly("user");
        assertThat(found.get().sessionExpiresAt()).isEqualTo(ends);
        assertThat(f.users.findByLiveSession(u.id(), s.id(), ends)).as("expired").isEmpty();
        assertThat(f.users.findByLiveSession("someone-else", s.id(), CREATED)).as("another user's session").isEmpty();
        f.sessions.revoke(s.id(), CREATED);
        assertThat(f.users.findByLiveSession(u.id(), s.id(), CREATED)).as("revoked").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findClaimsByLiveSessionGivesTheClaimFieldsAndWhenTheSessionEndsOnlyWhileItIsLive(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = user("live.claims." + kind.name().toLowerCase(), "Live.Claims." + kind.name() + "@example.com");
        insert(f, u, List.of("user", "admin"));
        Instant ends = CREATED.plusSeconds(3_600);
        Session s = new Session(UUID.randomUUID().toString(), u.id(), "gatehouse", List.of(), CREATED, CREATED, ends, null, null, null);
        f.sessions.insert(s, SecureTokens.hash(SecureTokens.random(32)));

        assertThat(f.users.findClaimsByLiveSession(u.id(), s.id(), ends.minusMillis(1))).contains(new LiveSessionClaims(u.id(),
                u.username(), u.email(), true, u.name(), false, ends));
        f.users.updateProfile(u.id(), null, null, null, false, CREATED.plusSeconds(1));
        assertThat(f.users.findClaimsByLiveSession(u.id(), s.id(), CREATED)).as("no name, no email")
                .contains(new LiveSessionClaims(u.id(), u.username(), null, false, null, false, ends));
        f.jdbi.useHandle(h -> h.createUpdate("UPDATE users SET disabled = :d WHERE id = :id").bind("d", true).bind("id", u.id()).execute());
        assertThat(f.users.findClaimsByLiveSession(u.id(), s.id(), CREATED).map(LiveSessionClaims::disabled)).contains(true);
        assertThat(f.users.findClaimsByLiveSession(u.id(), s.id(), ends)).as("expired").isEmpty();
        assertThat(f.users.findClaimsByLiveSession("someone-else", s.id(), CREATED)).as("another user's session").isEmpty();
        assertThat(f.users.findClaimsByLiveSession(u.id(), UUID.randomUUID().toString(), CREATED)).as("no such session").isEmpty();
        f.sessions.revoke(s.id(), CREATED);
        assertThat(f.users.findClaimsByLiveSession(u.id(), s.id(), CREATED)).as("revoked").isEmpty();
    }
}
