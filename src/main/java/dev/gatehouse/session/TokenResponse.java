package dev.gatehouse.session;

/** The token response of API.md §3 (RFC 6749 §5.1 field names). */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope) {
    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
