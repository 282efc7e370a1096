package dev.gatehouse.web.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Request bodies of the first-party API; anything not declared here is refused. */
public final class Requests {
    private Requests() {}

    public record Signup(String username, String password, String email, String name) {}

    public record Login(String username, String password, String scope, String clientId) {}

    public record Refresh(String refreshToken) {}

    /** An ID token a native app got from an upstream provider's SDK (API.md §6). */
    public record IdpLogin(String idToken, String nonce) {
        @Override
        public String toString() {
            return "IdpLogin[<redacted>]";
        }
    }

    public record Logout(String refreshToken, Boolean all) {}

    public record PatchMe(String name, String email) {}

    public record ChangePassword(String currentPassword, String newPassword) {}

    public record VerifyEmail(String token) {
        @Override
        public String toString() {
            return "VerifyEmail[token=<redacted>]";
        }
    }

    /** The token of the cancel link mailed to the old address on an email change. */
    public record CancelEmailChange(String token) {
        @Override
        public String toString() {
            return "CancelEmailChange[token=<redacted>]";
        }
    }

    public record ForgotPassword(String email) {}

    /** {@code credential}: what {@code PublicKeyCredential.toJSON()} gives, read leniently by the passkey service. */
    public record PasskeyRegistration(String name, JsonNode credential) {}

    public record PasskeySignIn(String challengeId, JsonNode credential) {}

    /** The passwordless options take an empty object. */
    public record Empty() {}

    public record ResetPassword(String token, String newPassword) {
        @Override
        public String toString() {
            return "ResetPassword[<redacted>]";
        }
    }
}
