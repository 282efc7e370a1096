package dev.gatehouse.bootstrap;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.AuthService;
import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.passkey.PasskeyLogin;
import dev.gatehouse.passkey.PasskeyService;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.account.PasswordReset;
import dev.gatehouse.admin.EventAdmin;
import dev.gatehouse.admin.IdentityAdmin;
import dev.gatehouse.admin.KeyAdmin;
import dev.gatehouse.admin.MfaAdmin;
import dev.gatehouse.admin.PageCursor;
import dev.gatehouse.admin.PrivilegeGuard;
import dev.gatehouse.admin.RoleAdmin;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.federation.FederatedLogins;
import dev.gatehouse.federation.LinkedIdentities;
import dev.gatehouse.federation.ProviderRegistry;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.mail.Outbox;
import dev.gatehouse.mfa.MfaLogin;
import dev.gatehouse.metrics.Sampler;
import dev.gatehouse.mfa.MfaService;
import dev.gatehouse.oauth.authorize.AuthorizeService;
import dev.gatehouse.oauth.authorize.ConsentService;
import dev.gatehouse.oauth.authorize.EndSessionService;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.endpoint.OAuthEndpoints;
import dev.gatehouse.rbac.Authorizer;
import dev.gatehouse.session.SessionService;

/**
 * Every service, built once by {@link ServiceFactory}. Tests and the CLI take what they need from
 * here; nothing else is a locator.
 *
 * @param hasher the password hasher's name, for the start-up log line
 * @param dashboard this node's recent counters for the admin console's dashboard (sampled by {@link Background})
 */
public record Services(MasterKey masterKey, AuditLog audit, KeyService keys, SessionService sessions, HashPool hashPool,
                       String hasher, Outbox outbox, AccountService accounts, AuthService auth, EmailVerification verification,
                       PasswordReset passwordReset, BrowserSessionService loginSessions, ConsentService consents,
                       PrivilegeGuard privileges, RoleAdmin roles, UserAdmin userAdmin, KeyAdmin keyAdmin, EventAdmin events,
                       Authorizer authorizer, AccessTokenVerifier verifier, ClientRegistry clients, AuthorizeService authorize,
                       EndSessionService endSession, OAuthEndpoints oauth, Federation federation,
                       FederatedLogins upstreamLogins, Passkeys passkeys, Mfa mfa, Sampler dashboard) {

    /** WebAuthn passkeys (API.md §7): registrations and assertions, and passwordless sign-in. */
    public record Passkeys(PasskeyService service, PasskeyLogin login) {}

    /** Second factors (API.md §7): the user's own, the second step of logins, the admin reset. */
    public record Mfa(MfaService factors, MfaLogin login, MfaAdmin admin) {}

    /** Upstream identity providers and the identities linked through them (API.md §6). */
    public record Federation(ProviderRegistry providers, LinkedIdentities identities, IdentityAdmin admin) {}

    /** Paging cursors of the admin API are MACed, so a client cannot forge a position or a filter. */
    static PageCursor cursors(MasterKey masterKey) {
        return new PageCursor(masterKey.deriveKey("gatehouse admin page cursor v1"));
    }
}
