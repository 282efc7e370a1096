package dev.gatehouse.federation;

import dev.gatehouse.account.AuthService;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.session.TokenResponse;
import dev.gatehouse.throttle.IpRateLimiter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-in through upstream identity providers (API.md §6), free of HTTP: the browser round trip
 * ({@link #start}, {@link #callback}), the password confirmation of an email match
 * ({@link #confirm}), linking by a signed-in user ({@link #linkUrl}, {@link #startLink}), and the ID
 * token of a native app ({@link #nativeSignIn}). Every ending is audited with the provider, and
 * counted per provider and outcome.
 */
public final class FederatedLogins {
    /** API.md §6: provider ids are lowercase slugs; anything else is refused before a lookup. */
    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final int MAX_ID_TOKEN = 16 * 1024;
    private static final int MAX_NONCE = 512;

    /** Where counts go (a Micrometer counter, tagged by provider and outcome). */
    public interface Outcomes {
        void count(String providerId, String outcome);
    }

    /** A button of the login page. */
    public record Button(String id, String name, String type) {}

    /** A started round trip: send the browser to {@code authorizationUri}, holding {@code binding} in its cookie. */
    public record Begun(URI authorizationUri, String binding) {}

    /** How a callback or confirmation ended. */
    public sealed interface Result {
        /** Signed in: start a login session with this {@code amr} and {@code idp}, then continue at {@code returnTo} (null: the default). */
        record SignedIn(String userId, List<String> amr, String providerId, String returnTo) implements Result {}

        /** A signed-in user's upstream account is now linked; continue at {@code returnTo} (null: a page that says so). */
        record Linked(String providerName, String username, String returnTo) implements Result {}

        /** The account with the upstream email must confirm with its password (the confirmation page). */
        record Confirm(String ticket, String username, String providerName, String returnTo) implements Result {}

        /**
         * The upstream was the first factor and the account needs its second (or must set one up,
         * {@code mfa.required.roles}): no session yet; the code step of {@code mfaToken} comes next, whose
         * challenge holds the upstream's {@code amr} and the provider (API.md §7), then {@code returnTo}.
         */
        record SecondStep(String userId, String mfaToken, String returnTo) implements Result {}
    }

    private final IdentityProviderStore providers;
    private final UpstreamFactory upstreams;
    private final UpstreamRoundTrips trips;
    private final AccountResolver resolver;
    private final AuthService auth;
    private final AuditLog audit;
    private final IpRateLimiter ipLimiter;
    private final String issuer;
    private final Outcomes outcomes;

    public FederatedLogins(IdentityProviderStore providers, UpstreamFactory upstreams, UpstreamRoundTrips trips, AccountResolver resolver,
                           AuthService auth, AuditLog audit, IpRateLimiter ipLimiter, String issuer, Outcomes outcomes) {
        this.providers = providers;
        this.upstreams = upstreams;
        this.trips = trips;
        this.resolver = resolver;
        this.auth = auth;
        this.audit = audit;
        this.ipLimiter = ipLimiter;
        this.issuer = issuer;
        this.outcomes = outcomes;
    }

    /** The enabled providers, for the login page. */
    public List<Button> buttons() {
        return providers.list().stream().filter(IdentityProvider::enabled).map(p -> new Button(p.id(), p.name(), p.type().wireName())).toList();
    }

    /** Whether {@code id} names an enabled provider (an {@code idp_hint} goes there only then). */
    public boolean enabled(String id) {
        return find(id).isPresent();
    }

    /** The redirect URI registered at the upstream: {@code <issuer>/login/idp/{id}/callback}. */
    public URI callbackUri(String id) {
        return URI.create(issuer + "/login/idp/" + id + "/callback");
    }

    /**
     * Begins a sign-in at provider {@code id}, to continue at {@code returnTo} (a checked local path).
     *
     * @param binding the browser's current binding cookie, if any (kept, so two tabs may each sign in)
     * @throws FederationFailure PROVIDER_UNAVAILABLE, UNAVAILABLE
     */
    public Begun start(String id, String returnTo, String binding) {
        return begin(provider(id, returnTo), returnTo, binding, null);
    }

    /**
     * The authorization_url of {@code POST /api/v1/me/identities/{provider}}: it carries a single-use
     * ticket naming this user, valid ten minutes. Whoever opens it first links their upstream account to
     * this user, so it is a secret of the user's app; the page it opens names the account being linked
     * to and asks for a click (a POST with the page's CSRF token) before going upstream, so a ticket
     * planted in someone else's browser does not link silently.
     */
    public String linkUrl(String userId, String id) {
        IdentityProvider p = find(id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such identity provider"));
        String ticket = trips.linkTicket(p.id(), userId);
        audit.record("identity_link", "started", userId, userId, p.id(), null, "provider=" + p.id());
        return issuer + "/login/idp/" + p.id() + "/link?ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
    }

    /** What the link page shows: the provider's name and the account to link to. @throws FederationFailure EXPIRED */
    public Result.Linked linkPage(String id, String ticket) {
        IdentityProvider p = provider(id, null);
        UpstreamLogin row = trips.ticket(ticket, UpstreamLogin.Kind.LINK_TICKET, null).filter(r -> r.providerId().equals(p.id()))
                .orElseThrow(FederatedLogins::expired);
        return new Result.Linked(p.name(), resolver.username(row.userId()).orElseThrow(FederatedLogins::expired), null);
    }

    /** The link page's button: spends the ticket and begins the round trip that links. */
    public Begun startLink(String id, String ticket, String binding) {
        IdentityProvider p = provider(id, null);
        UpstreamLogin row = trips.ticket(ticket, UpstreamLogin.Kind.LINK_TICKET, null).filter(r -> r.providerId().equals(p.id()))
                .orElseThrow(FederatedLogins::expired);
        if (!trips.spend(row)) throw expired();
        return begin(p, null, binding, row.userId());
    }

    /**
     * The account page's link: a round trip that links the upstream account to {@code userId}, the user
     * signed in at this browser, and comes back to {@code returnTo}. Unlike {@link #linkUrl} there is no
     * ticket to hand around: the round trip is bound to this browser ({@code binding}) and, at the
     * callback, to this user's sign-in there ({@link #callback}'s {@code browserUserId}).
     *
     * @throws FederationFailure PROVIDER_UNAVAILABLE, UNAVAILABLE
     */
    public Begun startAccountLink(String userId, String id, String returnTo, String binding) {
        IdentityProvider p = provider(id, returnTo);
        audit.record("identity_link", "started", userId, userId, p.id(), null, "provider=" + p.id() + " by=account_page");
        return begin(p, returnTo, binding, userId);
    }

    /**
     * The upstream's redirect back ({@code params}: every query or form parameter).
     *
     * @param browserUserId the user signed in at the browser of the callback, null when none: a link begun at
     *                      the account page links only while the same user is still signed in there, so an
     *                      account switched in another tab meanwhile never receives it
     * @throws FederationFailure for every failure; no session and no account is made
     */
    public Result callback(String id, String binding, Map<String, String> params, String ip, String browserUserId) {
        String tag = tag(id);
        UpstreamRoundTrips.Taken taken;
        try {
            taken = trips.take(id, params.get("state"), binding, callbackUri(id));
        } catch (FederationFailure f) {
            throw failed(tag, null, f, ip);
        }
        String returnTo = taken.returnTo();
        try {
            String linkUser = taken.row().userId();
            if (linkUser != null && returnTo != null && !linkUser.equals(browserUserId)) {
                throw new FederationFailure(FederationFailure.Reason.EXPIRED, "federation.link_session_changed", returnTo);
            }
            // Disabled or changed since the round trip began: refused (API.md §6).
            IdentityProvider p = provider(id, returnTo);
            UpstreamUser u;
            try {
                u = upstreams.forProvider(p.settings()).finish(taken.started(), params, callbackUri(id));
            } catch (UpstreamException e) {
                throw upstreamFailure(e, returnTo);
            }
            if (linkUser != null) {
                try {
                    resolver.link(linkUser, p.id(), u);
                } catch (FederationFailure f) {
                    throw f.withReturnTo(returnTo);
                }
                record(tag, "linked", linkUser, ip, "provider=" + p.id() + " subject=" + u.subject() + " how=signed_in_user");
                return new Result.Linked(p.name(), resolver.username(linkUser).orElse(null), returnTo);
            }
            AccountResolver.Resolution r;
            try {
                r = resolver.resolve(p, u);
            } catch (FederationFailure f) {
                throw f.withReturnTo(returnTo);
            }
            if (r instanceof AccountResolver.Resolution.Confirm c) {
                String ticket = trips.awaitConfirmation(p.id(), u, c.userId(), UpstreamRoundTrips.binding(binding), returnTo);
                record(tag, "confirm", c.userId(), ip, "provider=" + p.id() + " subject=" + u.subject() + " reason=email_matches_account");
                return new Result.Confirm(ticket, c.username(), p.name(), returnTo);
            }
            AccountResolver.Resolution.Account a = (AccountResolver.Resolution.Account) r;
            resolver.touch(p.id(), u);
            Optional<String> mfaToken = secondStep(a.userId(), p.id(), u.amr(), ip);
            record(tag, "created".equals(a.how()) ? "created" : "success", a.userId(), ip,
                    "provider=" + p.id() + " subject=" + u.subject() + " how=" + a.how() + (mfaToken.isPresent() ? " second_step" : ""));
            if (mfaToken.isPresent()) return new Result.SecondStep(a.userId(), mfaToken.get(), returnTo);
            return new Result.SignedIn(a.userId(), u.amr(), p.id(), returnTo);
        } catch (FederationFailure f) {
            throw failed(tag, null, f, ip);
        }
    }

    /** The confirmation page of a pending ticket (shown again after a wrong password). */
    public Result.Confirm confirmPage(String ticket, String binding) {
        UpstreamLogin row = trips.ticket(ticket, UpstreamLogin.Kind.CONFIRM, binding).orElseThrow(FederatedLogins::expired);
        IdentityProvider p = provider(row.providerId(), null);
        return new Result.Confirm(ticket, resolver.username(row.userId()).orElseThrow(FederatedLogins::expired), p.name(),
                trips.returnTo(row));
    }

    /**
     * The confirmation form: the password of the account whose email the upstream reported. A wrong
     * one counts against that account's throttle as on the login page, and keeps the ticket.
     *
     * @throws DomainException as the login page's check does (invalid_credentials, too_many_attempts...)
     * @throws FederationFailure EXPIRED, REFUSED
     */
    public Result.SignedIn confirm(String ticket, String binding, String username, String password, String ip) {
        UpstreamLogin row = trips.ticket(ticket, UpstreamLogin.Kind.CONFIRM, binding).orElseThrow(FederatedLogins::expired);
        String returnTo = trips.returnTo(row);
        String tag = tag(row.providerId());
        try {
            IdentityProvider p = provider(row.providerId(), returnTo);
            UserWithGrants user;
            try {
                user = auth.authenticate(username, password, ip);
            } catch (DomainException e) {
                // Linking needs every factor of the account (API.md §6), and this page asks for the
                // password only: an account with a second factor is refused, never linked on less.
                if (e.error() != ErrorCode.MFA_REQUIRED && e.error() != ErrorCode.MFA_ENROLLMENT_REQUIRED) throw e;
                throw new FederationFailure(FederationFailure.Reason.REFUSED, SECOND_FACTOR_NEEDED, returnTo, e.error());
            }
            // The password of another account proves nothing about this email's: the same answer as a wrong one.
            if (!user.user().id().equals(row.userId())) throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
            if (!trips.spend(row)) throw expired().withReturnTo(returnTo);
            UpstreamUser u = new UpstreamUser(row.subject(), row.email(), false, null, null, null, null, row.amr());
            try {
                resolver.link(row.userId(), p.id(), u);
            } catch (FederationFailure f) {
                throw f.withReturnTo(returnTo);
            }
            record(tag, "linked", row.userId(), ip, "provider=" + p.id() + " subject=" + row.subject() + " how=password_confirmed");
            LinkedHashSet<String> amr = new LinkedHashSet<>(List.of(BrowserSessionService.AMR_PASSWORD));
            amr.addAll(row.amr());
            return new Result.SignedIn(row.userId(), new ArrayList<>(amr), p.id(), returnTo);
        } catch (FederationFailure f) {
            throw failed(tag, row.userId(), f, ip);
        }
    }

    /**
     * {@code POST /api/v1/login/idp/{id}}: an ID token a native app got from the provider's SDK, then
     * the account resolution of the browser flow, then tokens as the password login issues them.
     *
     * @throws DomainException 404 not_found (no such enabled provider), 401 invalid_credentials (any
     *         token failure, a disabled account), 409 account_exists (an email match that needs a
     *         confirmation in a browser, or link_policy never), 403 signup_disabled, 429, 503
     */
    public TokenResponse nativeSignIn(String id, String idToken, String nonce, String ip, String userAgent) {
        Duration wait = ipLimiter.tryAcquire(ip);
        if (wait != null) throw DomainException.retryAfter(ErrorCode.RATE_LIMITED, wait);
        IdentityProvider p = find(id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such identity provider"));
        if (idToken == null || idToken.isEmpty() || idToken.length() > MAX_ID_TOKEN || nonce != null && nonce.length() > MAX_NONCE) {
            record(p.id(), "invalid", null, ip, "provider=" + p.id() + " reason=malformed_request");
            throw new DomainException(ErrorCode.INVALID_CREDENTIALS);
        }
        UpstreamUser u;
        try {
            u = upstreams.forProvider(p.settings()).verifyIdToken(idToken, nonce);
        } catch (UpstreamException e) {
            record(p.id(), e.reason().name().toLowerCase(java.util.Locale.ROOT), null, ip, "provider=" + p.id() + " reason=" + e.getMessage());
            throw e.reason() == UpstreamException.Reason.UNAVAILABLE ? DomainException.retryAfter(ErrorCode.SERVICE_UNAVAILABLE, Duration.ofSeconds(5))
                    : new DomainException(ErrorCode.INVALID_CREDENTIALS);
        }
        AccountResolver.Resolution r;
        try {
            r = resolver.resolve(p, u);
        } catch (FederationFailure f) {
            record(p.id(), "refused", null, ip, "provider=" + p.id() + " subject=" + u.subject() + " reason=" + f.message());
            throw new DomainException(f.code(), f.message());
        }
        if (r instanceof AccountResolver.Resolution.Confirm c) {
            record(p.id(), "confirm", c.userId(), ip, "provider=" + p.id() + " subject=" + u.subject() + " reason=email_matches_account");
            throw new DomainException(ErrorCode.ACCOUNT_EXISTS);
        }
        AccountResolver.Resolution.Account a = (AccountResolver.Resolution.Account) r;
        resolver.touch(p.id(), u);
        record(p.id(), "created".equals(a.how()) ? "created" : "success", a.userId(), ip,
                "provider=" + p.id() + " subject=" + u.subject() + " how=" + a.how() + " native");
        // The upstream is the first factor only: mfa_required / mfa_enrollment_required as after a password (API.md §7).
        return auth.signIn(a.userId(), p.id(), u.amr(), ip, userAgent, "provider=" + p.id());
    }

    /** What the person reads when the confirm-link page stops at an account's second factor. */
    public static final String SECOND_FACTOR_NEEDED =
            "federation.second_factor_needed";

    /**
     * The upstream is only the first factor (API.md §7): an account with a second factor, or one that
     * must enrol, gets no browser session on it. Then the mfa_token of the challenge made (the one the
     * native endpoint answers with: the upstream's amr and the provider kept), as Keycloak runs its OTP
     * form after an identity provider's first broker login; empty when the upstream alone suffices.
     */
    private Optional<String> secondStep(String userId, String providerId, List<String> amr, String ip) {
        try {
            auth.requireSecondStep(userId, providerId, amr, ip);
            return Optional.empty();
        } catch (DomainException e) {
            if ((e.error() == ErrorCode.MFA_REQUIRED || e.error() == ErrorCode.MFA_ENROLLMENT_REQUIRED)
                    && e.members().get("mfa_token") instanceof String token) return Optional.of(token);
            throw e;
        }
    }

    private Begun begin(IdentityProvider p, String returnTo, String binding, String linkUserId) {
        UpstreamStart started;
        try {
            started = upstreams.forProvider(p.settings()).start(callbackUri(p.id()));
        } catch (UpstreamException e) {
            throw failed(p.id(), linkUserId, upstreamFailure(e, returnTo), null);
        }
        String b = UpstreamRoundTrips.binding(binding);
        trips.begin(p.id(), started, b, returnTo, linkUserId);
        return new Begun(started.authorizationUri(), b);
    }

    private Optional<IdentityProvider> find(String id) {
        if (id == null || !PROVIDER_ID.matcher(id).matches()) return Optional.empty();
        return providers.find(id).filter(IdentityProvider::enabled);
    }

    private IdentityProvider provider(String id, String returnTo) {
        return find(id).orElseThrow(() -> new FederationFailure(FederationFailure.Reason.PROVIDER_UNAVAILABLE,
                "federation.provider_unavailable", returnTo));
    }

    /** The provider tag of a count: ids from a URL are counted only when they name a provider (bounded cardinality). */
    private String tag(String id) {
        return id != null && PROVIDER_ID.matcher(id).matches() && providers.find(id).isPresent() ? id : "unknown";
    }

    private static FederationFailure upstreamFailure(UpstreamException e, String returnTo) {
        return switch (e.reason()) {
            case DENIED -> new FederationFailure(FederationFailure.Reason.DENIED, "federation.denied", returnTo);
            case INVALID -> new FederationFailure(FederationFailure.Reason.INVALID, "federation.invalid", returnTo);
            case UNAVAILABLE -> new FederationFailure(FederationFailure.Reason.UNAVAILABLE,
                    "federation.unavailable", returnTo, ErrorCode.SERVICE_UNAVAILABLE);
        };
    }

    private FederationFailure failed(String tag, String userId, FederationFailure f, String ip) {
        record(tag, f.reason().name().toLowerCase(java.util.Locale.ROOT), userId, ip, "provider=" + tag + " reason=" + f.getMessage());
        return f;
    }

    private void record(String provider, String outcome, String userId, String ip, String detail) {
        outcomes.count(provider, outcome);
        boolean ok = outcome.equals("success") || outcome.equals("created") || outcome.equals("linked");
        audit.record("upstream_login", ok ? "success" : outcome.equals("confirm") ? "confirm_required" : "failure", userId, userId,
                provider, ip, detail + " outcome=" + outcome);
    }

    private static FederationFailure expired() {
        return new FederationFailure(FederationFailure.Reason.EXPIRED, "federation.expired", null);
    }
}
