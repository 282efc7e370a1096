package dev.gatehouse.load;

/** The two tokens of a token response (API.md §3). */
record Tokens(String accessToken, String refreshToken) {

    /** Null when either token is missing from the body. */
    static Tokens from(Response response) {
        String access = response.field("access_token");
        String refresh = response.field("refresh_token");
        return access == null || refresh == null ? null : new Tokens(access, refresh);
    }

    @Override
    public String toString() {
        return "Tokens[redacted]";
    }
}
