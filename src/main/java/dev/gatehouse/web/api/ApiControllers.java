package dev.gatehouse.web.api;

/** The controllers of the first-party JSON API (API.md §3), one per subject. */
public record ApiControllers(LoginController login, AccountController account, AccountLinkController links,
                             SessionController sessions, ConsentController consents,
                             MyIdentitiesController identities, UpstreamLoginController upstream,
                             PasskeyController passkeys, MfaController mfa) {}
