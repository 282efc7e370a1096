package dev.gatehouse.web.errors;

import dev.gatehouse.core.ErrorCode;

/**
 * The HTTP status of each catalogued error (RFC 9110 §15): the one place where a domain refusal
 * becomes a status. The switch has no default, so a new error code does not compile until it has one.
 */
public final class HttpStatuses {
    private HttpStatuses() {
    }

    public static int of(ErrorCode error) {
        return switch (error) {
            case INVALID_REQUEST, INVALID_JSON, UNKNOWN_FIELD, WEAK_PASSWORD, INVALID_LINK_TOKEN, INVALID_CURSOR, INVALID_PERMISSION, UNKNOWN_ROLE, INVALID_CREDENTIAL, INVALID_ENROLMENT_CODE -> 400;
            case INVALID_TOKEN, INVALID_CREDENTIALS, INVALID_REFRESH_TOKEN, MFA_REQUIRED, INVALID_MFA_TOKEN, INVALID_MFA_CODE -> 401;
            case FORBIDDEN, INSUFFICIENT_SCOPE, SIGNUP_DISABLED, REAUTHENTICATION_REQUIRED, EMAIL_NOT_VERIFIED, MFA_ENROLLMENT_REQUIRED -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case USERNAME_TAKEN, EMAIL_TAKEN, ACCOUNT_EXISTS, EMAIL_ALREADY_VERIFIED, CLIENT_ID_TAKEN, ROLE_EXISTS, BUILT_IN_ROLE, ADMIN_ROLE_PROTECTED, LAST_ADMIN, PROVIDER_ID_TAKEN, LAST_LOGIN_METHOD, CREDENTIAL_EXISTS, MFA_ALREADY_ENABLED, MFA_REQUIRED_BY_ROLE -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case URI_TOO_LONG -> 414;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case HEADERS_TOO_LARGE -> 431;
            case RATE_LIMITED, TOO_MANY_ATTEMPTS -> 429;
            case INTERNAL_ERROR -> 500;
            case OVERLOADED, SERVICE_UNAVAILABLE -> 503;
        };
    }
}
