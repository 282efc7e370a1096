package dev.gatehouse.oauth.authorize;

import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.OIDCError;
import com.nimbusds.openid.connect.sdk.Prompt;
import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.FormData;
import dev.gatehouse.core.Scopes;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.Audiences;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.oauth.client.RedirectUris;
import dev.gatehouse.rbac.ScopePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The authorization endpoint's protocol logic (RFC 6749 §4.1.1, OAuth 2.1 §4.1, OIDC Core §3.1.2),
 * free of HTTP. The client and redirect URI are checked first: until both are trusted every problem
 * is an {@link AuthorizeOutcome.ErrorPage}, never a redirect (RFC 6749 §4.1.2.1). After that, errors go
 * back to the client's redirect URI with {@code state} and {@code iss} (RFC 9207).
 *
 * <p>A request that needs the user (login, consent) is kept server-side as a pending request, and the
 * browser carries only its random handle through the login page; when it comes back, the stored
 * parameters are validated again from scratch. "Signed in after the request arrived" is how
 * {@code prompt=login} and {@code max_age} are satisfied (OIDC Core §3.1.2.1), so the second pass does
 * not send the user to the login page again.
 */
public final class AuthorizeService {
    static final int MAX_VALUE = 2048;
    private static final int MAX_PARAMETERS = 40;
    private static final Duration PENDING_TTL = Duration.ofMinutes(15);

    private final ClientRegistry clients;
    private final UserStore users;
    private final ConsentService consents;
    private final PendingRequestStore pending;
    private final AuthorizationCodes codes;
    private final Audiences audiences;
    private final AuditLog audit;
    private final Clock clock;
    private final Issuer issuer;
    private final Predicate<String> hasSecondFactor;

    /** Without second factors: {@code acr_values=2} is refused as for a user who has none. */
    public AuthorizeService(ClientRegistry clients, UserStore users, ConsentService consents, PendingRequestStore pending,
                            AuthorizationCodes codes, Audiences audiences, AuditLog audit, Clock clock, String issuer) {
        this(clients, users, consents, pending, codes, audiences, audit, clock, issuer, userId -> false);
    }

    /** @param hasSecondFactor whether a user has a factor to pass a second step with (a confirmed TOTP, a passkey) */
    public AuthorizeService(ClientRegistry clients, UserStore users, ConsentService consents, PendingRequestStore pending,
                            AuthorizationCodes codes, Audiences audiences, AuditLog audit, Clock clock, String issuer,
                            Predicate<String> hasSecondFactor) {
        this.hasSecondFactor = hasSecondFactor;
        this.audiences = audiences;
        this.clients = clients;
        this.users = users;
        this.consents = consents;
        this.pending = pending;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
        this.issuer = new Issuer(issuer);
    }

    /** GET or POST /oauth2/authorize: a new request with these parameters (each name with all its values). */
    public AuthorizeOutcome start(Map<String, List<String>> params, Optional<BrowserSession> login) {
        return evaluate(params, null, null, login, Step.AUTHORIZE).outcome();
    }

    /** The browser is back from the login page with the handle of its pending request. */
    public AuthorizeOutcome resume(String handle, Optional<BrowserSession> login) {
        Optional<PendingRequestStore.Pending> p = findPending(handle);
        if (p.isEmpty()) return expired();
        return evaluate(decode(p.get().parameters()), p.get().createdAt(), handle, login, Step.AUTHORIZE).outcome();
    }

    /** GET /consent: what the consent page shows (or where to go instead). */
    public AuthorizeOutcome consentPage(String handle, Optional<BrowserSession> login) {
        Optional<PendingRequestStore.Pending> p = findPending(handle);
        if (p.isEmpty()) return expired();
        Decision d = evaluate(decode(p.get().parameters()), p.get().createdAt(), handle, login, Step.CONSENT);
        if (d.flow() == null) return d.outcome();
        Flow f = d.flow();
        return new AuthorizeOutcome.ShowConsent(handle, f.client().name(), f.scope(),
                f.login().username(), f.redirectUri().toString());
    }

    /** POST /consent: the user allowed or denied the pending request. */
    public AuthorizeOutcome decide(String handle, boolean allow, Optional<BrowserSession> login) {
        Optional<PendingRequestStore.Pending> p = findPending(handle);
        if (p.isEmpty()) return expired();
        Decision d = evaluate(decode(p.get().parameters()), p.get().createdAt(), handle, login, Step.CONSENT);
        if (d.flow() == null) return d.outcome();
        Flow f = d.flow();
        // One answer per pending request: of parallel submissions, only the one that removes it goes on.
        if (!pending.delete(SecureTokens.hash(handle))) return expired();
        if (!allow) {
            audit.record("consent", "denied", f.login().userId(), f.login().userId(), f.client().clientId(), null, null);
            // OIDC Core §3.1.2.6 / RFC 6749 §4.1.2.1: the resource owner denied the request.
            return error(f.redirectUri(), f.state(), OAuth2Error.ACCESS_DENIED, "The user denied the request");
        }
        consents.grant(f.login().userId(), f.client().clientId(), f.scope());
        return issue(f);
    }

    /**
     * The sign-in of a pending request failed elsewhere (an upstream identity provider refused it or
     * could not be reached, API.md §6): the request is spent, and the client gets {@code access_denied}
     * (or {@code server_error} when {@code unavailable}) at its redirect URI with {@code state} and
     * {@code iss} (RFC 6749 §4.1.2.1, RFC 9207) if the stored request still passes every check;
     * otherwise the outcome that check gives (an error page or another error redirect).
     */
    public AuthorizeOutcome refuse(String handle, boolean unavailable, String description) {
        Optional<PendingRequestStore.Pending> p = findPending(handle);
        if (p.isEmpty()) return expired();
        Map<String, List<String>> params = decode(p.get().parameters());
        AuthorizeOutcome checked = evaluate(params, p.get().createdAt(), handle, Optional.empty(), Step.AUTHORIZE).outcome();
        // Valid and waiting for a sign-in: the client and redirect URI are trusted again.
        if (!(checked instanceof AuthorizeOutcome.Login)) return checked;
        pending.delete(SecureTokens.hash(handle));
        return error(URI.create(params.get("redirect_uri").get(0)), singleState(params),
                unavailable ? OAuth2Error.SERVER_ERROR : OAuth2Error.ACCESS_DENIED, description);
    }

    /**
     * Where a pending request will send the browser once it is signed in: its redirect URI, when the
     * request is still pending and that URI is still registered for its client; else empty. The hosted
     * pages the sign-in passes through (login, second step) list it in their CSP form-action: browsers
     * apply form-action to the redirects that follow a form POST (CSP3 §6.3.1), and a first-party client
     * (no consent page) is redirected to straight after the password.
     */
    public Optional<String> pendingRedirectUri(String handle) {
        Optional<PendingRequestStore.Pending> p = findPending(handle);
        if (p.isEmpty()) return Optional.empty();
        Map<String, List<String>> params = decode(p.get().parameters());
        List<String> clientId = params.get("client_id");
        List<String> redirect = params.get("redirect_uri");
        if (clientId == null || redirect == null || clientId.size() != 1 || redirect.size() != 1) return Optional.empty();
        return clients.find(clientId.get(0)).filter(c -> RedirectUris.matches(c.redirectUris(), redirect.get(0)))
                .map(c -> redirect.get(0));
    }

    private enum Step { AUTHORIZE, CONSENT }

    /** A terminal outcome, or a request that is valid, signed in, and waiting for consent (flow). */
    private record Decision(AuthorizeOutcome outcome, Flow flow) {}

    /** A validated request and its signed-in user. */
    private record Flow(OAuthClient client, URI redirectUri, State state, List<String> scope, String nonce, String codeChallenge,
                        BrowserSession login, String handle, List<String> resources) {}

    /** The client and a redirect URI registered for it: from here on, errors may be sent there. */
    private record Target(OAuthClient client, URI redirectUri, State state) {}

    /**
     * One pass over a request: when it was first made (null for a new one), its pending handle (null
     * until saved), who is signed in now, and whether the consent page is asking.
     */
    private record Pass(Instant createdAt, String handle, Optional<BrowserSession> login, Step step) {}

    /** The parameters after the syntax check: one non-empty value per name, and the resource values apart. */
    private record Parameters(Map<String, String> values, List<String> resources) {}

    /**
     * What OpenID Connect (or plain OAuth) says about signing in: prompt, max_age, nonce, login_hint,
     * and whether {@code acr_values} asks for acr "2" (two factors, API.md §7).
     */
    private record SignInRules(Prompt prompt, Integer maxAge, String nonce, String loginHint, boolean secondFactor) {
        boolean none() {
            return prompt != null && prompt.contains(Prompt.Type.NONE);
        }

        boolean asks(Prompt.Type type) {
            return prompt != null && prompt.contains(type);
        }
    }

    /** A request that passed every check that does not need the user; {@code params} is what a pending request stores. */
    private record ValidRequest(Map<String, String> params, List<String> resources, String codeChallenge, List<String> scope,
                                SignInRules signIn) {}

    /** Raised inside {@link #evaluate} for an error that goes back to the client. */
    private static final class Refused extends RuntimeException {
        final ErrorObject error;

        Refused(ErrorObject error, String description) {
            super(description, null, false, false);
            this.error = error.setDescription(description);
        }
    }

    /** Raised while the client or redirect URI is not yet trusted: the error is shown, never redirected (RFC 6749 §4.1.2.1). */
    private static final class Shown extends RuntimeException {
        final AuthorizeOutcome.ErrorPage page;

        /** Keys of the message bundles. */
        Shown(String titleKey, String messageKey) {
            super(messageKey, null, false, false);
            this.page = new AuthorizeOutcome.ErrorPage(400, titleKey, messageKey);
        }
    }

    private Decision evaluate(Map<String, List<String>> params, Instant createdAt, String handle, Optional<BrowserSession> login, Step step) {
        Target target;
        try {
            target = target(params);
        } catch (Shown s) {
            return new Decision(s.page, null);
        }
        try {
            return proceed(params, target, new Pass(createdAt, handle, login, step));
        } catch (Refused r) {
            if (handle != null) pending.delete(SecureTokens.hash(handle));
            return new Decision(error(target.redirectUri(), target.state(), r.error, r.error.getDescription()), null);
        }
    }

    /** 1. The client and its redirect URI, before anything else (RFC 6749 §4.1.2.1). */
    private Target target(Map<String, List<String>> params) {
        OAuthClient client = client(params.get("client_id"));
        return new Target(client, redirectUri(client, params.get("redirect_uri")), singleState(params));
    }

    private OAuthClient client(List<String> clientIds) {
        if (clientIds == null || clientIds.isEmpty() || clientIds.get(0).isEmpty()) {
            throw new Shown("authorize.unknown_client.title", "authorize.no_client_id.message");
        }
        if (clientIds.size() > 1) throw new Shown("authorize.invalid_request.title", "authorize.repeated_client_id.message");
        String clientId = clientIds.get(0);
        Optional<OAuthClient> found = clientId.length() > 128 ? Optional.empty() : clients.find(clientId);
        return found.orElseThrow(() -> new Shown("authorize.unknown_client.title", "authorize.unknown_client.message"));
    }

    private static URI redirectUri(OAuthClient client, List<String> redirects) {
        if (redirects == null || redirects.isEmpty() || redirects.get(0).isEmpty()) {
            throw new Shown("authorize.invalid_request.title", "authorize.no_redirect_uri.message");
        }
        if (redirects.size() > 1) throw new Shown("authorize.invalid_request.title", "authorize.repeated_redirect_uri.message");
        String redirect = redirects.get(0);
        // Exact string comparison; loopback IP redirects on any port (OAuth 2.1 §2.3.1, RFC 8252 §7.3).
        if (redirect.length() > MAX_VALUE || !RedirectUris.matches(client.redirectUris(), redirect)) {
            throw new Shown("authorize.invalid_redirect.title", "authorize.unregistered_redirect.message");
        }
        try {
            return new URI(redirect);
        } catch (URISyntaxException e) {
            throw new Shown("authorize.invalid_redirect.title", "authorize.malformed_redirect.message");
        }
    }

    /** The request is checked in full, then the user is placed: sign in, consent, or the code. */
    private Decision proceed(Map<String, List<String>> params, Target target, Pass pass) {
        ValidRequest request = validRequest(params, target.client());
        Optional<UserWithGrants> user = signedInUser(request.signIn(), pass);
        if (user.isEmpty() || user.get().user().disabled()) return signIn(request, pass);
        // The client's require_mfa asks what acr_values=2 asks, on every request (API.md §7).
        boolean secondFactor = request.signIn().secondFactor() || target.client().requireMfa();
        if (secondFactor && !SECOND_FACTOR.equals(acr(pass.login().orElseThrow()))) {
            return secondStep(request, pass, user.get());
        }
        return consentOrIssue(request, target, pass, user.get());
    }

    /** The acr "2" of API.md §7: the session's sign-in included a second factor (RFC 8176 {@code mfa}). */
    private static final String SECOND_FACTOR = "2";

    private static String acr(BrowserSession login) {
        return login.amr().contains("mfa") ? SECOND_FACTOR : "1";
    }

    /**
     * {@code acr_values} (OIDC Core §3.1.2.1) naming "2": step-up. Gatehouse honours it rather than
     * treating it as merely voluntary (as Keycloak does for a mapped level): a session signed in with one
     * factor passes the second step before a code is issued; other values are ignored.
     */
    private static boolean asksSecondFactor(String acrValues) {
        return acrValues != null && List.of(acrValues.split(" ")).contains(SECOND_FACTOR);
    }

    /**
     * A signed-in user whose session lacks the second factor the request asks for. prompt=none forbids
     * the page (OIDC Core §3.1.2.6 interaction_required); a user with no factor to show cannot step up,
     * and the client is told so (access_denied, as Keycloak answers an unmet acr), rather than sending
     * the person to set one up in the middle of someone else's application.
     */
    private Decision secondStep(ValidRequest request, Pass pass, UserWithGrants user) {
        if (request.signIn().none()) throw new Refused(OIDCError.INTERACTION_REQUIRED, "The user must pass a second factor");
        if (!hasSecondFactor.test(user.user().id())) {
            throw new Refused(OAuth2Error.ACCESS_DENIED, "A second factor is required, and the account has none set up");
        }
        return new Decision(new AuthorizeOutcome.SecondStep(pendingHandle(request, pass)), null);
    }

    /** 2–6, in this order: syntax, response type, PKCE, scope, resources, the OpenID Connect parse. */
    private ValidRequest validRequest(Map<String, List<String>> raw, OAuthClient client) {
        Parameters parameters = parameters(raw);
        Map<String, String> p = parameters.values();
        checkResponseType(p, client);
        String challenge = codeChallenge(p);
        List<String> requested = requestedScope(p.get("scope"), client);
        List<String> resources = resources(client, parameters.resources());
        SignInRules signIn = signInRules(p, requested, client);
        return new ValidRequest(p, resources, challenge, requested, signIn);
    }

    /** 2. Syntax: each parameter once (RFC 6749 §3.1), bounded sizes. */
    private static Parameters parameters(Map<String, List<String>> params) {
        if (params.size() > MAX_PARAMETERS) throw new Refused(OAuth2Error.INVALID_REQUEST, "Too many parameters");
        Map<String, String> p = new LinkedHashMap<>();
        // RFC 8707 §2: resource is the one parameter that may repeat, once per resource server.
        List<String> resourceValues = new ArrayList<>();
        for (String v : params.getOrDefault("resource", List.of())) {
            if (v.length() > MAX_VALUE) throw new Refused(OAuth2Error.INVALID_REQUEST, "Parameter resource is too long");
            if (!v.isEmpty()) resourceValues.add(v);
        }
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().equals("resource")) continue;
            if (e.getValue().size() > 1) throw new Refused(OAuth2Error.INVALID_REQUEST, "Parameter " + OAuthException.printable(e.getKey()) + " is repeated");
            if (e.getKey().length() > 64) throw new Refused(OAuth2Error.INVALID_REQUEST, "Parameter name too long");
            String v = e.getValue().isEmpty() ? "" : e.getValue().get(0);
            if (v.length() > MAX_VALUE) throw new Refused(OAuth2Error.INVALID_REQUEST, "Parameter " + OAuthException.printable(e.getKey()) + " is too long");
            // RFC 6749 §3.1: parameters sent without a value are treated as omitted.
            if (!v.isEmpty()) p.put(e.getKey(), v);
        }
        return new Parameters(p, resourceValues);
    }

    /** 3. The grant type this client may use, and the response type: code only (OAuth 2.1 §4.1.1; no implicit, §10). */
    private static void checkResponseType(Map<String, String> p, OAuthClient client) {
        if (p.containsKey("request")) throw new Refused(OAuth2Error.REQUEST_NOT_SUPPORTED, "Request objects are not supported");
        if (p.containsKey("request_uri")) throw new Refused(OAuth2Error.REQUEST_URI_NOT_SUPPORTED, "request_uri is not supported");
        String responseType = p.get("response_type");
        if (responseType == null) throw new Refused(OAuth2Error.INVALID_REQUEST, "response_type is required");
        if (!responseType.equals("code")) throw new Refused(OAuth2Error.UNSUPPORTED_RESPONSE_TYPE, "Only response_type=code is supported");
        if (!client.allowsGrant("authorization_code")) {
            throw new Refused(OAuth2Error.UNAUTHORIZED_CLIENT, "This client may not use the authorization code flow");
        }
        String responseMode = p.get("response_mode");
        if (responseMode != null && !responseMode.equals("query")) {
            throw new Refused(OAuth2Error.INVALID_REQUEST, "Only response_mode=query is supported");
        }
    }

    /** 4. PKCE with S256 for every client (OAuth 2.1 §4.1.1, RFC 9700 §2.1.1); plain is refused (RFC 7636 §4.2 downgrade). */
    private static String codeChallenge(Map<String, String> p) {
        String challenge = p.get("code_challenge");
        String method = p.get("code_challenge_method");
        if (challenge == null) throw new Refused(OAuth2Error.INVALID_REQUEST, "code_challenge is required (PKCE)");
        if (method == null) throw new Refused(OAuth2Error.INVALID_REQUEST, "code_challenge_method=S256 is required (PKCE)");
        if (!method.equals("S256")) throw new Refused(OAuth2Error.INVALID_REQUEST, "Only code_challenge_method=S256 is supported");
        if (challenge.length() != 43 || !AuthorizationCodes.wellFormedVerifier(challenge)) {
            // BASE64URL(SHA-256) is exactly 43 characters (RFC 7636 §4.2).
            throw new Refused(OAuth2Error.INVALID_REQUEST, "code_challenge is not a S256 challenge");
        }
        return challenge;
    }

    /** 5. Scope: what was asked, of what the client may ask for (RFC 6749 §3.3). */
    private static List<String> requestedScope(String scope, OAuthClient client) {
        List<String> requested;
        try {
            requested = Scopes.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new Refused(OAuth2Error.INVALID_SCOPE, "Malformed scope");
        }
        if (requested == null) requested = client.scopes().contains("openid") ? List.of("openid") : List.of();
        // Scopes the client may not ask for are dropped (§3.3 lets the server grant less); none left is an error.
        if (!requested.isEmpty() && requested.stream().noneMatch(client.scopes()::contains)) {
            throw new Refused(OAuth2Error.INVALID_SCOPE, "None of the requested scopes is allowed");
        }
        return requested;
    }

    /** 5b. Resources (RFC 8707 §2): each one the client may ask tokens for, else invalid_target. */
    private List<String> resources(OAuthClient client, List<String> resourceValues) {
        try {
            return audiences.check(client, resourceValues, null);
        } catch (OAuthException e) {
            throw new Refused(OAuth2Error.INVALID_TARGET, e.getMessage());
        }
    }

    /** 6. The typed parse (Nimbus): OpenID Connect rules when openid was asked for. */
    private static SignInRules signInRules(Map<String, String> p, List<String> requested, OAuthClient client) {
        boolean oidc = requested.contains("openid") && client.scopes().contains("openid");
        SignInRules rules;
        try {
            Map<String, List<String>> single = new LinkedHashMap<>();
            p.forEach((k, v) -> single.put(k, List.of(v)));
            if (oidc) {
                AuthenticationRequest r = AuthenticationRequest.parse(single);
                rules = new SignInRules(r.getPrompt(), r.getMaxAge() < 0 ? null : r.getMaxAge(),
                        r.getNonce() == null ? null : r.getNonce().getValue(), r.getLoginHint(), asksSecondFactor(p.get("acr_values")));
            } else {
                AuthorizationRequest r = AuthorizationRequest.parse(single);
                rules = new SignInRules(r.getPrompt(), parseMaxAge(p.get("max_age")), null, p.get("login_hint"),
                        asksSecondFactor(p.get("acr_values")));
            }
        } catch (ParseException e) {
            throw new Refused(OAuth2Error.INVALID_REQUEST, e.getErrorObject() != null && e.getErrorObject().getDescription() != null
                    ? e.getErrorObject().getDescription() : "Malformed request");
        }
        if (rules.none() && rules.prompt().size() > 1) {
            throw new Refused(OAuth2Error.INVALID_REQUEST, "prompt=none cannot be combined (OIDC Core §3.1.2.1)");
        }
        return rules;
    }

    /** 7. The user: signed in, recently enough (OIDC Core §3.1.2.1 prompt=login, max_age); empty when a sign-in is needed. */
    private Optional<UserWithGrants> signedInUser(SignInRules rules, Pass pass) {
        Optional<BrowserSession> login = pass.login();
        boolean signedInSinceRequest = login.isPresent() && pass.createdAt() != null && !login.get().authTime().isBefore(pass.createdAt());
        boolean needLogin = login.isEmpty()
                || !signedInSinceRequest && rules.asks(Prompt.Type.LOGIN)
                || !signedInSinceRequest && rules.maxAge() != null
                        && login.get().authTime().plusSeconds(rules.maxAge()).isBefore(clock.instant());
        return needLogin ? Optional.empty() : users.findById(login.get().userId());
    }

    /**
     * Where the person signs in: the request is kept as a pending request and the browser goes to the
     * login page, which comes back with its handle. prompt=none forbids any page (OIDC Core §3.1.2.6).
     */
    private Decision signIn(ValidRequest request, Pass pass) {
        if (request.signIn().none()) throw new Refused(OIDCError.LOGIN_REQUIRED, "The user must sign in");
        return new Decision(new AuthorizeOutcome.Login(pendingHandle(request, pass), pass.login().isPresent(),
                request.signIn().loginHint()), null);
    }

    /** 8–9. The scope this user gets, then consent (asked, remembered, or not needed) or the code. */
    private Decision consentOrIssue(ValidRequest request, Target target, Pass pass, UserWithGrants user) {
        OAuthClient client = target.client();
        BrowserSession session = pass.login().orElseThrow();
        // 8. What the client may ask for of the request; permissions the user lacks are dropped (API.md §2), OIDC scopes stay.
        List<String> granted = ScopePolicy.forUser(client.scopes(), user.grants().permissions(), null, request.scope());
        Flow flow = new Flow(client, target.redirectUri(), target.state(), granted, request.signIn().nonce(), request.codeChallenge(),
                session, pass.handle(), request.resources());
        // 9. Consent: first-party clients skip it; otherwise remembered per user and client, asked again for
        // new scopes or prompt=consent (OIDC Core §3.1.2.4).
        boolean askConsent = !client.firstParty() && (request.signIn().asks(Prompt.Type.CONSENT)
                || !consents.find(session.userId(), client.clientId()).map(c -> c.scopes().containsAll(granted)).orElse(false));
        // The consent page and its answer: the user is signed in as required, the request is valid.
        if (pass.step() == Step.CONSENT) return new Decision(null, flow);
        if (askConsent) {
            if (request.signIn().none()) throw new Refused(OIDCError.CONSENT_REQUIRED, "The user must consent");
            return new Decision(new AuthorizeOutcome.Consent(pendingHandle(request, pass)), null);
        }
        if (pass.handle() != null) pending.delete(SecureTokens.hash(pass.handle()));
        return new Decision(issue(flow), null);
    }

    private AuthorizeOutcome issue(Flow f) {
        String code = codes.issue(f.client().clientId(), f.redirectUri().toString(), f.scope(), f.nonce(), f.codeChallenge(), f.login(),
                f.resources());
        audit.record("authorize", "success", f.login().userId(), f.login().userId(), f.client().clientId(), null,
                "scope=" + String.join(" ", f.scope()));
        // RFC 9207 §2: iss in every authorization response.
        return new AuthorizeOutcome.Redirect(new AuthorizationSuccessResponse(f.redirectUri(),
                new com.nimbusds.oauth2.sdk.AuthorizationCode(code), null, f.state(), issuer, ResponseMode.QUERY).toURI());
    }

    private AuthorizeOutcome.Redirect error(URI redirectUri, State state, ErrorObject error, String description) {
        ErrorObject e = new ErrorObject(error.getCode(), OAuthException.printable(description));
        return new AuthorizeOutcome.Redirect(new AuthorizationErrorResponse(redirectUri, e, state, issuer, ResponseMode.QUERY).toURI());
    }

    /** The handle of this request's pending copy: the one it came back with, or a new one. */
    private String pendingHandle(ValidRequest request, Pass pass) {
        return pass.handle() != null ? pass.handle() : save(request.params(), request.resources());
    }

    private String save(Map<String, String> params, List<String> resources) {
        String handle = SecureTokens.random(32);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        StringBuilder encoded = new StringBuilder(encode(params));
        for (String r : resources) {
            if (encoded.length() > 0) encoded.append('&');
            encoded.append("resource=").append(URLEncoder.encode(r, StandardCharsets.UTF_8));
        }
        pending.insert(SecureTokens.hash(handle), encoded.toString(), now, now.plus(PENDING_TTL));
        return handle;
    }

    private Optional<PendingRequestStore.Pending> findPending(String handle) {
        if (handle == null || handle.length() != 43) return Optional.empty();
        return pending.find(SecureTokens.hash(handle), clock.instant());
    }

    private static AuthorizeOutcome expired() {
        return new AuthorizeOutcome.ErrorPage(400, "authorize.expired.title", "authorize.expired.message");
    }

    /** The state to echo (RFC 6749 §4.1.2): only a single, bounded value. */
    private static State singleState(Map<String, List<String>> params) {
        List<String> s = params.get("state");
        if (s == null || s.size() != 1 || s.get(0).isEmpty() || s.get(0).length() > MAX_VALUE) return null;
        return new State(s.get(0));
    }

    private static Integer parseMaxAge(String v) {
        if (v == null) return null;
        try {
            int n = Integer.parseInt(v);
            if (n < 0) throw new Refused(OAuth2Error.INVALID_REQUEST, "max_age must not be negative");
            return n;
        } catch (NumberFormatException e) {
            throw new Refused(OAuth2Error.INVALID_REQUEST, "max_age must be a number of seconds");
        }
    }

    static String encode(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> {
            if (sb.length() > 0) sb.append('&');
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }

    /** The stored parameters, written by {@link #encode}: every value of every name. */
    static Map<String, List<String>> decode(String encoded) {
        return FormData.decode(encoded, Integer.MAX_VALUE);
    }
}
