package dev.gatehouse.federation;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.Identifiers;
import dev.gatehouse.account.User;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.UniqueViolation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which local account an upstream sign-in is (API.md §6): the one linked to (provider, subject), never
 * one found by email alone. An email that names an existing account links only under the provider's
 * {@link LinkPolicy}; with no account at all, one is made when the provider creates users.
 *
 * <p>Two nodes may handle the first sign-in of one upstream user at once. The unique (provider,
 * subject) of the link decides: the loser deletes the account it just made and reads the winner's
 * link. A loser whose account insert already fails on the email (the winner's account exists but is
 * not linked yet) reads again a few times before judging the email as an existing account's.
 */
public final class AccountResolver {
    private static final int MAX_NAME = 256;
    private static final int USERNAME_ATTEMPTS = 6;
    private static final int RACE_RETRIES = 10;
    private static final Duration FRESH = Duration.ofSeconds(10);

    private final IdentityStore identities;
    private final UserStore users;
    private final AccountService accounts;
    private final Consumer<String> deleteUser;
    private final Clock clock;

    /** @param deleteUser deletes a user (the account a lost race made) */
    public AccountResolver(IdentityStore identities, UserStore users, AccountService accounts, Consumer<String> deleteUser, Clock clock) {
        this.identities = identities;
        this.users = users;
        this.accounts = accounts;
        this.deleteUser = deleteUser;
        this.clock = clock;
    }

    /** What became of the sign-in. */
    public sealed interface Resolution {
        /** This account; {@code how} is {@code linked_identity}, {@code auto_linked} or {@code created}. */
        record Account(String userId, String how) implements Resolution {}

        /** An existing account has the email: its holder must confirm with its password (link_policy confirm). */
        record Confirm(String userId, String username) implements Resolution {}
    }

    /** @throws FederationFailure REFUSED (link_policy never, no signup, disabled account) */
    public Resolution resolve(IdentityProvider provider, UpstreamUser u) {
        boolean raced = false;
        for (int attempt = 0; ; attempt++) {
            Optional<LinkedIdentity> linked = identities.find(provider.id(), u.subject());
            if (linked.isPresent()) return new Resolution.Account(usable(linked.get().userId()), "linked_identity");
            // A concurrent first sign-in has made its account but not linked it yet: its email is
            // no existing account's to confirm; wait for the link instead.
            if (!raced || attempt >= RACE_RETRIES) {
                Optional<Resolution> r = unlinked(provider, u, attempt < RACE_RETRIES);
                if (r.isPresent()) return r.get();
                if (attempt >= RACE_RETRIES) throw refused("federation.not_completed", ErrorCode.SERVICE_UNAVAILABLE);
                raced = true;
            }
            pause(attempt);
        }
    }

    /** Links the upstream account to {@code userId} (a signed-in user's request, or a confirmed email match). */
    public void link(String userId, String providerId, UpstreamUser u) {
        Optional<LinkedIdentity> existing = identities.find(providerId, u.subject());
        if (existing.isPresent()) {
            if (existing.get().userId().equals(userId)) return;
            throw refused("federation.subject_linked_elsewhere", ErrorCode.ACCOUNT_EXISTS);
        }
        try {
            identities.link(identity(providerId, u, userId));
        } catch (UniqueViolation e) {
            if (identities.find(providerId, u.subject()).map(i -> i.userId().equals(userId)).orElse(false)) return;
            throw refused("subject".equals(e.field()) ? "federation.subject_linked_elsewhere"
                    : "federation.already_linked_here", ErrorCode.ACCOUNT_EXISTS);
        }
    }

    /** No identity linked yet. Empty when a concurrent first sign-in of the same upstream user is under way: read again. */
    private Optional<Resolution> unlinked(IdentityProvider provider, UpstreamUser u, boolean patient) {
        String email = usableEmail(u.email());
        Optional<UserWithGrants> sameEmail = email == null ? Optional.empty() : users.findByLogin(Identifiers.normalizeEmail(email));
        if (sameEmail.isPresent()) {
            User local = sameEmail.get().user();
            // Made seconds ago, without a password, not linked yet: most likely the account of a
            // concurrent first sign-in of this same upstream user, about to be linked. Wait for it.
            if (patient && local.passwordHash() == null && local.createdAt().isAfter(clock.instant().minus(FRESH))) return Optional.empty();
            if (local.disabled()) throw refused("federation.disabled", ErrorCode.INVALID_CREDENTIALS);
            return switch (provider.linkPolicy()) {
                case NEVER -> throw refused("federation.exists_sign_in",
                        ErrorCode.ACCOUNT_EXISTS);
                // Both addresses verified, the upstream's by a provider trusted for it: the same mailbox proved twice.
                case AUTO -> u.emailVerified() && local.emailVerified() ? linkAt(provider, u, local.id()) : confirm(local);
                case CONFIRM -> confirm(local);
            };
        }
        if (!provider.createUsers()) {
            throw refused("federation.no_signup", ErrorCode.SIGNUP_DISABLED);
        }
        return create(provider, u, email);
    }

    /** The confirmation asks for the account's password: an account without one must link from inside instead. */
    private static Optional<Resolution> confirm(User local) {
        if (local.passwordHash() == null) {
            throw refused("federation.exists_link", ErrorCode.ACCOUNT_EXISTS);
        }
        return Optional.of(new Resolution.Confirm(local.id(), local.username()));
    }

    private Optional<Resolution> linkAt(IdentityProvider provider, UpstreamUser u, String userId) {
        try {
            identities.link(identity(provider.id(), u, userId));
            return Optional.of(new Resolution.Account(userId, "auto_linked"));
        } catch (UniqueViolation e) {
            if ("subject".equals(e.field())) return Optional.empty(); // linked meanwhile: read it
            throw refused("federation.account_linked_elsewhere", ErrorCode.ACCOUNT_EXISTS);
        }
    }

    private Optional<Resolution> create(IdentityProvider provider, UpstreamUser u, String email) {
        for (int attempt = 0; attempt < USERNAME_ATTEMPTS; attempt++) {
            User user;
            try {
                user = accounts.createByAdmin(UpstreamUsernames.candidate(u, attempt), null, null, email, usableName(u), List.of(AccountService.DEFAULT_ROLE),
                        email != null && u.emailVerified());
            } catch (DomainException e) {
                if (e.error() == ErrorCode.USERNAME_TAKEN) continue;
                if (e.error() == ErrorCode.EMAIL_TAKEN) return Optional.empty();
                throw e;
            }
            try {
                identities.link(identity(provider.id(), u, user.id()));
                return Optional.of(new Resolution.Account(user.id(), "created"));
            } catch (UniqueViolation e) {
                // Another node linked this upstream user first: ours goes, theirs is read.
                deleteUser.accept(user.id());
                return Optional.empty();
            }
        }
        throw refused("federation.no_username", ErrorCode.SERVICE_UNAVAILABLE);
    }

    private String usable(String userId) {
        Optional<UserWithGrants> user = users.findById(userId);
        if (user.isEmpty() || user.get().user().disabled()) throw refused("federation.disabled", ErrorCode.INVALID_CREDENTIALS);
        return userId;
    }

    private LinkedIdentity identity(String providerId, UpstreamUser u, String userId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new LinkedIdentity(providerId, u.subject(), userId, usableEmail(u.email()), now, now);
    }

    static String usableEmail(String email) {
        return email == null || Identifiers.emailProblem(email) != null ? null : email;
    }

    static String usableName(UpstreamUser u) {
        String name = u.name() != null ? u.name() : u.givenName() != null && u.familyName() != null
                ? u.givenName() + " " + u.familyName() : u.givenName();
        if (name == null) return null;
        String clean = name.codePoints().filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.isEmpty()) return null;
        return clean.codePointCount(0, clean.length()) > MAX_NAME ? clean.substring(0, clean.offsetByCodePoints(0, MAX_NAME)) : clean;
    }

    private static FederationFailure refused(String messageKey, ErrorCode code) {
        return new FederationFailure(FederationFailure.Reason.REFUSED, messageKey, null, code);
    }

    /** The username of an account, for the pages that name it. */
    public Optional<String> username(String userId) {
        return users.findById(userId).map(u -> u.user().username());
    }

    /** Notes a sign-in through a linked identity (last used, the email the provider now reports). */
    public void touch(String providerId, UpstreamUser u) {
        identities.touch(providerId, u.subject(), usableEmail(u.email()), clock.instant());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L + 20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("federation.interrupted", ErrorCode.SERVICE_UNAVAILABLE);
        }
    }
}
