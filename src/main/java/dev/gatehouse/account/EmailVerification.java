package dev.gatehouse.account;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.throttle.IpRateLimiter;
import dev.gatehouse.throttle.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email verification: a link at signup and on every email change. A changed address is pending
 * (it lives only in the verification token) until its link is used; only then does it replace the
 * old address. The old address is told twice: when the change is asked for, with a link that
 * cancels it ({@link #cancelChange}), and when it happens (SECURITY.md "Who may act on whom").
 * With {@code require.verified.email=login}, login needs a verified address ({@link #requiredForLogin}).
 *
 * <p>Confirming a change leaves the user's sessions alone, as Keycloak's and Supabase's email
 * changes do: the change already needed a recent sign-in, the link is opened without any session
 * (so there is no "this one" to keep), and the old address can still cancel until it is used.
 */
public final class EmailVerification {
    private static final Logger LOG = LoggerFactory.getLogger(EmailVerification.class);

    private final UserStore users;
    private final AccountTokens tokens;
    private final AccountMail mail;
    private final LoginThrottle resendThrottle;
    private final IpRateLimiter mailIpLimiter;
    private final IpRateLimiter ipLimiter;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration ttl;
    private final boolean requiredForLogin;

    /**
     * @param resendThrottle per user, shared by every node: a few links, then back-off
     * @param mailIpLimiter  per client IP, for requests that make the server send mail
     * @param ipLimiter      per client IP, the one every credential endpoint uses (for {@link #verify})
     */
    public EmailVerification(UserStore users, AccountTokens tokens, AccountMail mail, LoginThrottle resendThrottle,
                             IpRateLimiter mailIpLimiter, IpRateLimiter ipLimiter, AuditLog audit, Clock clock, Duration ttl,
                             boolean requiredForLogin) {
        this.mailIpLimiter = mailIpLimiter;
        this.users = users;
        this.tokens = tokens;
        this.mail = mail;
        this.resendThrottle = resendThrottle;
        this.ipLimiter = ipLimiter;
        this.audit = audit;
        this.clock = clock;
        this.ttl = ttl;
        this.requiredForLogin = requiredForLogin;
    }

    public boolean requiredForLogin() {
        return requiredForLogin;
    }

    /**
     * Sends the first link after signup. The account exists already, so a failure to queue is logged,
     * not thrown: the user can ask for another link with {@code /email/verify/resend}.
     */
    void afterSignup(User user) {
        if (user.email() == null) return;
        try {
            send(user, user.email());
        } catch (RuntimeException e) {
            LOG.warn("could not queue the verification mail for new user {}", user.id(), e);
        }
    }

    /**
     * A new address for {@code user}: pending until the link sent to it is used. When it replaces a
     * current address, that address first gets a notice with a cancel link; the mail is queued before
     * the link to the new address exists, so no change can be confirmed that its owner was not told
     * of. A newer request spends both links of an older one.
     */
    void requestChange(User user, String newEmail, String ip) {
        boolean replaces = user.email() != null
                && !Identifiers.normalizeEmail(user.email()).equals(Identifiers.normalizeEmail(newEmail));
        if (replaces) {
            // The older change goes first, so it can never stay confirmable without its cancel link.
            tokens.invalidate(user.id(), AccountTokens.EMAIL_VERIFY);
            String cancel = tokens.issue(user.id(), AccountTokens.EMAIL_CHANGE_CANCEL, newEmail, ttl);
            mail.emailChangeRequested(user, user.email(), newEmail, cancel, ttl, clock.instant());
        }
        send(user, newEmail);
        audit.record("email_change_requested", "success", user.id(), user.id(), null, ip, null);
    }

    /**
     * After an administrator replaced the address directly: a pending change of the user's own is
     * dropped, the new address gets a verification link and the old one a notice. The change has
     * happened, so mail that cannot be queued is logged, not thrown.
     */
    void afterAdminChange(User user, String oldEmail, String actor) {
        tokens.invalidate(user.id(), AccountTokens.EMAIL_CHANGE_CANCEL);
        try {
            send(user, user.email());
        } catch (RuntimeException e) {
            LOG.warn("could not queue the verification mail for user {} after an admin change", user.id(), e);
        }
        audit.record("email_change", "success", user.id(), actor, null, null, "admin");
        if (oldEmail != null) mail.emailChanged(user, oldEmail, user.email(), clock.instant());
    }

    /**
     * {@code POST /api/v1/email/change/cancel}: spends the cancel link mailed to the old address and,
     * with it, the confirmation link of the pending change.
     */
    public void cancelChange(String token, String ip) {
        if (token == null || token.isEmpty()) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("token", "required")));
        }
        if (ip != null) limit(ipLimiter.tryAcquire(ip));
        Optional<AccountTokenStore.Token> found = tokens.peek(token, AccountTokens.EMAIL_CHANGE_CANCEL);
        // The conditional write decides a race with a second cancel; a confirmation spends this link first.
        if (found.isEmpty() || !tokens.consume(token, AccountTokens.EMAIL_CHANGE_CANCEL)) {
            audit.record("email_change_cancel", "failure", found.map(AccountTokenStore.Token::userId).orElse(null), null, null, ip,
                    "invalid_token");
            throw new DomainException(ErrorCode.INVALID_LINK_TOKEN);
        }
        String userId = found.get().userId();
        int spent = tokens.invalidate(userId, AccountTokens.EMAIL_VERIFY);
        audit.record("email_change_cancel", "success", userId, userId, null, ip, "links_spent=" + spent);
    }

    /** The address a usable cancel link would stop (for the hosted page's GET, which spends nothing). */
    public Optional<String> pendingChange(String cancelToken) {
        return tokens.peek(cancelToken, AccountTokens.EMAIL_CHANGE_CANCEL).map(AccountTokenStore.Token::email);
    }

    /**
     * The new address a change of {@code user}'s own awaits confirmation for: a verification link to an
     * address other than the current one that can still be followed (the account page shows it).
     */
    public Optional<String> pendingAddress(User user) {
        if (user.email() == null) return Optional.empty();
        return tokens.usablePendingEmail(user.id())
                .filter(p -> !Identifiers.normalizeEmail(p).equals(Identifiers.normalizeEmail(user.email())));
    }

    /**
     * The account page's cancel, for the signed-in user: as the old address's cancel link, both links of
     * the pending change stop working. False when there was nothing pending.
     */
    public boolean cancelOwnChange(User user, String ip) {
        if (pendingAddress(user).isEmpty()) return false;
        int spent = tokens.invalidate(user.id(), AccountTokens.EMAIL_VERIFY);
        tokens.invalidate(user.id(), AccountTokens.EMAIL_CHANGE_CANCEL);
        audit.record("email_change_cancel", "success", user.id(), user.id(), null, ip, "links_spent=" + spent + " by=account_page");
        return spent > 0;
    }

    /** {@code POST /api/v1/email/verify/resend}: a new link for the pending address, else for the unverified current one. */
    public void resend(String userId, String ip) {
        if (ip != null) limit(mailIpLimiter.tryAcquire(ip));
        User user = users.findById(userId).orElseThrow(() -> new DomainException(ErrorCode.INVALID_TOKEN)).user();
        String to = target(user);
        limit(resendThrottle.tryAcquire("verify-resend:" + userId));
        send(user, to);
        audit.record("email_verification_sent", "success", userId, userId, null, ip, "resend");
    }

    /**
     * {@code POST /api/v1/email/verify}: spends the token and marks its address verified, replacing
     * the current address when the token was for a new one.
     */
    public void verify(String token, String ip) {
        if (token == null || token.isEmpty()) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("token", "required")));
        }
        if (ip != null) limit(ipLimiter.tryAcquire(ip));
        // Purpose is part of the lookup: a reset token is not a verification token (and the reverse).
        Optional<AccountTokenStore.Token> found = tokens.peek(token, AccountTokens.EMAIL_VERIFY);
        Optional<User> user = found.flatMap(t -> users.findById(t.userId())).map(UserWithGrants::user);
        if (found.isEmpty() || user.isEmpty() || user.get().disabled() || found.get().email() == null) {
            audit.record("email_verify", "failure", found.map(AccountTokenStore.Token::userId).orElse(null), null, null, ip,
                    "invalid_token");
            throw new DomainException(ErrorCode.INVALID_LINK_TOKEN);
        }
        User u = user.get();
        String address = found.get().email();
        String norm = Identifiers.normalizeEmail(address);
        boolean replaces = u.email() == null || !Identifiers.normalizeEmail(u.email()).equals(norm);
        if (!tokens.consume(token, AccountTokens.EMAIL_VERIFY)) throw new DomainException(ErrorCode.INVALID_LINK_TOKEN); // lost a race
        // The change is under way: its cancel link stops working before the address is swapped.
        if (replaces) tokens.invalidate(u.id(), AccountTokens.EMAIL_CHANGE_CANCEL);
        Instant now = clock.instant();
        try {
            users.setVerifiedEmail(u.id(), replaces ? address : u.email(), norm, now);
        } catch (UniqueViolation e) {
            // Someone else took this address while it was pending here: the unique index decides.
            audit.record("email_verify", "failure", u.id(), u.id(), null, ip, "email_taken");
            throw new DomainException(ErrorCode.EMAIL_TAKEN);
        }
        tokens.invalidate(u.id(), AccountTokens.EMAIL_VERIFY);
        audit.record("email_verify", "success", u.id(), u.id(), null, ip, replaces ? "address_replaced" : null);
        if (replaces && u.email() != null) {
            audit.record("email_change", "success", u.id(), u.id(), null, ip, null);
            mail.emailChanged(u, u.email(), address, now);
        }
    }

    /** Admin action: send a (new) verification link; returns the address it goes to. */
    public String adminSend(String userId, String actor) {
        User user = users.findById(userId).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND)).user();
        String to = target(user);
        send(user, to);
        audit.record("email_verification_sent", "success", userId, actor, null, null, "admin");
        return to;
    }

    /** Admin action: mark the current address verified (a pending change stays pending). */
    public void adminMarkVerified(String userId, String actor) {
        User user = users.findById(userId).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND)).user();
        if (user.email() == null) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("email", "required")));
        }
        users.setVerifiedEmail(userId, user.email(), Identifiers.normalizeEmail(user.email()), clock.instant());
        audit.record("email_verify", "success", userId, actor, null, null, "admin");
    }

    /** The pending address if there is one, else the current unverified one. */
    private String target(User user) {
        Optional<String> pending = tokens.pendingEmail(user.id())
                .filter(p -> user.email() == null || !Identifiers.normalizeEmail(p).equals(Identifiers.normalizeEmail(user.email())));
        if (pending.isPresent()) return pending.get();
        if (user.email() == null) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("email", "required")));
        if (user.emailVerified()) throw new DomainException(ErrorCode.EMAIL_ALREADY_VERIFIED);
        return user.email();
    }

    private void send(User user, String to) {
        String token = tokens.issue(user.id(), AccountTokens.EMAIL_VERIFY, to, ttl);
        mail.verification(user, to, token, ttl);
    }

    private static void limit(Duration wait) {
        if (wait != null) throw DomainException.retryAfter(ErrorCode.RATE_LIMITED, wait);
    }
}
