package dev.gatehouse.federation;

/**
 * The kinds of upstream identity provider (API.md §6). {@code OIDC} is any OpenID provider found
 * through discovery; the others are presets whose endpoints are built in (and may be overridden).
 */
public enum ProviderType {
    OIDC, GOOGLE, MICROSOFT, APPLE, FACEBOOK, GITHUB, GITLAB;

    /** The lowercase name used in the admin API, the CLI and configuration. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The name its maker writes it with, for buttons and lists: product names are the same in every language. */
    public String displayName() {
        return switch (this) {
            case OIDC -> "OpenID Connect";
            case GOOGLE -> "Google";
            case MICROSOFT -> "Microsoft";
            case APPLE -> "Apple";
            case FACEBOOK -> "Facebook";
            case GITHUB -> "GitHub";
            case GITLAB -> "GitLab";
        };
    }

    /** Whether the provider issues OpenID Connect ID tokens (GitHub and Facebook are plain OAuth 2). */
    public boolean openId() {
        return this != FACEBOOK && this != GITHUB;
    }

    /** API.md §6: {@code trust_email} defaults to true only for providers that verify every address they report. */
    public boolean trustsEmailByDefault() {
        return this == GOOGLE || this == MICROSOFT || this == APPLE;
    }
}
