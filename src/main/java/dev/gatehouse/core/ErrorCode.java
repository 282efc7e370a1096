package dev.gatehouse.core;

/**
 * The one error catalog of the first-party and admin APIs: what was refused, in the domain's terms.
 * The {@code code} strings are API: never rename one, only add. The HTTP status of each is decided
 * at the edge ({@code web.errors.HttpStatuses}), so services know nothing of HTTP.
 */
public enum ErrorCode {
    INVALID_REQUEST("invalid_request", "The request is invalid"),
    INVALID_JSON("invalid_json", "The body is not valid JSON"),
    UNKNOWN_FIELD("unknown_field", "The body has a field this endpoint does not accept"),
    WEAK_PASSWORD("weak_password", "The password does not meet the password policy"),
    /**
     * A verification or reset link token that is unknown, expired, already used, superseded or made
     * for another purpose (API.md §3: 400 {@code invalid_token}). Same code string as the 401 for
     * access tokens; the status tells them apart.
     */
    INVALID_LINK_TOKEN("invalid_token", "The link is invalid, expired or already used"),
    INVALID_CURSOR("invalid_cursor", "The paging cursor is invalid or belongs to another query"),
    INVALID_PERMISSION("invalid_permission", "A permission must be resource:action in lowercase segments"),
    UNKNOWN_ROLE("unknown_role", "No such role"),
    INVALID_TOKEN("invalid_token", "The access token is missing, invalid or expired"),
    INVALID_CREDENTIALS("invalid_credentials", "Invalid username or password"),
    INVALID_REFRESH_TOKEN("invalid_refresh_token", "The refresh token is invalid, expired or revoked"),
    FORBIDDEN("forbidden", "The token does not grant access to this resource"),
    INSUFFICIENT_SCOPE("insufficient_scope", "The token lacks the scope this resource needs"),
    SIGNUP_DISABLED("signup_disabled", "Public signup is disabled"),
    /**
     * A change that needs a recent sign-in (the email address): send the current password, or sign
     * in again (SECURITY.md "Who may act on whom"; API.md §7 uses the same code).
     */
    REAUTHENTICATION_REQUIRED("reauthentication_required", "This change needs a recent sign-in"),
    EMAIL_NOT_VERIFIED("email_not_verified", "The email address must be verified before logging in"),
    /** API.md §7: the password was right and the user has a second factor; the problem carries {@code mfa_token}, {@code methods}, {@code expires_in}. */
    MFA_REQUIRED("mfa_required", "A second factor is required"),
    /** API.md §7: an mfa_token that is unknown, expired, spent or of another login. */
    INVALID_MFA_TOKEN("invalid_mfa_token", "The mfa_token is invalid, expired or already used"),
    /** API.md §7: a second-factor code at sign-in that is wrong, expired or replayed (one answer for all, 401). */
    INVALID_MFA_CODE("invalid_mfa_code", "The code is invalid"),
    /**
     * API.md §7: the first code of a TOTP enrolment is wrong (400 on {@code /me/mfa/totp/confirm}). Same
     * code string as {@link #INVALID_MFA_CODE}; the status tells them apart.
     */
    INVALID_ENROLMENT_CODE("invalid_mfa_code", "The code is invalid"),
    /** API.md §7: a role of the user requires a second factor, and the user has none yet. */
    MFA_ENROLLMENT_REQUIRED("mfa_enrollment_required", "A second factor must be set up before signing in"),
    NOT_FOUND("not_found", "Not found"),
    METHOD_NOT_ALLOWED("method_not_allowed", "Method not allowed"),
    USERNAME_TAKEN("username_taken", "This username is taken"),
    EMAIL_TAKEN("email_taken", "This email address is taken"),
    /**
     * An upstream sign-in (API.md §6) names the email of an existing account it is not linked to: the
     * provider's {@code link_policy} wants the account holder to confirm in a browser first, or never links.
     */
    ACCOUNT_EXISTS("account_exists", "An account with this email exists; sign in to it to link this provider"),
    EMAIL_ALREADY_VERIFIED("email_already_verified", "The email address is already verified"),
    CLIENT_ID_TAKEN("client_id_taken", "This client_id is taken"),
    ROLE_EXISTS("role_exists", "A role with this name (in any letter case) exists"),
    BUILT_IN_ROLE("built_in_role", "Built-in roles cannot be deleted"),
    ADMIN_ROLE_PROTECTED("admin_role_protected", "The admin role cannot lose any of its permissions"),
    LAST_ADMIN("last_admin", "This would leave no enabled admin"),
    PROVIDER_ID_TAKEN("provider_id_taken", "An identity provider with this id exists"),
    /** API.md §6: unlinking this identity would leave the account with no way to sign in (no password, no other identity). */
    LAST_LOGIN_METHOD("last_login_method", "This is the account's only way to sign in"),
    /** API.md §7: a passkey registration whose WebAuthn ceremony failed (origin, RP ID, challenge, type, signature...). */
    INVALID_CREDENTIAL("invalid_credential", "The passkey credential could not be verified"),
    /** API.md §7: this credential id is registered already. */
    CREDENTIAL_EXISTS("credential_exists", "This passkey is registered already"),
    /** API.md §7: TOTP is already on (409); remove it first to enrol a new secret. */
    MFA_ALREADY_ENABLED("mfa_already_enabled", "This second factor is already set up"),
    /** The last second factor of a user whose role requires one ({@code mfa.required.roles}). */
    MFA_REQUIRED_BY_ROLE("mfa_required_by_role", "A role of this account requires a second factor: set up another one first"),
    PAYLOAD_TOO_LARGE("payload_too_large", "The body is too large"),
    URI_TOO_LONG("uri_too_long", "The request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", "The body must be application/json"),
    HEADERS_TOO_LARGE("headers_too_large", "The request headers are too large"),
    RATE_LIMITED("rate_limited", "Too many requests"),
    TOO_MANY_ATTEMPTS("too_many_attempts", "Too many failed attempts; try again later"),
    INTERNAL_ERROR("internal_error", "Internal error"),
    OVERLOADED("overloaded", "The server is busy; try again shortly"),
    SERVICE_UNAVAILABLE("service_unavailable", "A dependency is unavailable; try again shortly");

    private final String code;
    private final String title;

    ErrorCode(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
