package dev.gatehouse.oauth.client;

import java.util.List;

/** The token endpoint authentication methods Gatehouse implements (RFC 7591 §2 names). */
public final class ClientAuthMethods {
    public static final String CLIENT_SECRET_BASIC = "client_secret_basic";
    public static final String CLIENT_SECRET_POST = "client_secret_post";
    public static final String PRIVATE_KEY_JWT = "private_key_jwt";
    public static final String NONE = "none";

    /** In the order discovery lists them. */
    public static final List<String> ALL = List.of(CLIENT_SECRET_BASIC, CLIENT_SECRET_POST, PRIVATE_KEY_JWT, NONE);

    private ClientAuthMethods() {}

    static boolean usesSecret(String method) {
        return CLIENT_SECRET_BASIC.equals(method) || CLIENT_SECRET_POST.equals(method);
    }
}
