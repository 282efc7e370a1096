package dev.gatehouse.web.admin;

/** The controllers of the admin API (API.md §4, §5), one per subject. */
public record AdminControllers(UserAdminController users, UserSessionAdminController userSessions,
                               UserMailAdminController userMail, RoleAdminController roles, KeyAdminController keys,
                               EventAdminController events, ClientController clients,
                               IdentityProviderController identityProviders, MfaAdminController mfa,
                               ConsentAdminController consents) {}
