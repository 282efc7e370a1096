package dev.gatehouse.federation.upstream;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.federation.ProviderSettings;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OpenID presets whose departures from {@link OidcProfile#GENERIC} are small enough to state here:
 * Google, GitLab and Microsoft Entra ID. (Apple's are in {@link AppleProfile}; GitHub and Facebook are
 * not OpenID providers: {@link OAuthUpstream}.)
 */
final class Presets {
    private Presets() {}

    static final String GOOGLE_ISSUER = "https://accounts.google.com";
    static final String GITLAB_ISSUER = "https://gitlab.com";

    /** GitLab: plain OpenID Connect at gitlab.com (a self-managed GitLab is an {@code oidc} provider). */
    static final OidcProfile GITLAB = new OidcProfile() {
        @Override
        public String builtInIssuer(ProviderSettings settings) {
            return GITLAB_ISSUER;
        }
    };

    /**
     * Google: its ID tokens may name the issuer without the scheme, {@code accounts.google.com}
     * (Google Identity, "Validate an ID token"); accepted only for Google's own issuer.
     */
    static final OidcProfile GOOGLE = new OidcProfile() {
        @Override
        public String builtInIssuer(ProviderSettings settings) {
            return GOOGLE_ISSUER;
        }

        @Override
        public boolean tokenIssuerMatches(String documented, JWTClaimsSet claims) {
            return documented.equals(claims.getIssuer())
                    || documented.equals(GOOGLE_ISSUER) && "accounts.google.com".equals(claims.getIssuer());
        }
    };

    /**
     * Microsoft Entra ID (v2.0 endpoints). A tenant id names one directory; {@code common},
     * {@code organizations} and {@code consumers} are multi-tenant: their discovery document's issuer
     * is the template {@code https://login.microsoftonline.com/{tenantid}/v2.0}, and each token's
     * {@code iss} must be that template filled with the token's own {@code tid} (Microsoft identity
     * platform, "Validate tokens": validating against the template alone would accept any tenant's
     * issuer spelled any way).
     */
    static final class Microsoft implements OidcProfile {
        static final String TEMPLATE = "{tenantid}";
        private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "consumers");
        private static final Pattern TENANT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        private final String tenant;

        Microsoft(ProviderSettings settings) {
            this.tenant = settings.tenant() == null || settings.tenant().isBlank() ? "common" : settings.tenant().toLowerCase(Locale.ROOT);
        }

        @Override
        public String builtInIssuer(ProviderSettings settings) {
            return "https://login.microsoftonline.com/" + tenant + "/v2.0";
        }

        @Override
        public boolean documentIssuerMatches(String configured, String documented) {
            if (configured.equals(documented)) return true;
            if (!MULTI_TENANT.contains(tenant)) return false;
            // The configured issuer with its tenant segment replaced by the template, or (consumers) by a tenant id.
            String segment = "/" + tenant + "/";
            int at = configured.lastIndexOf(segment);
            if (at < 0) return false;
            String before = configured.substring(0, at + 1);
            String after = configured.substring(at + segment.length() - 1);
            if (!documented.startsWith(before) || !documented.endsWith(after)) return false;
            String middle = documented.substring(before.length(), documented.length() - after.length());
            return middle.equals(TEMPLATE) || TENANT_ID.matcher(middle).matches();
        }

        @Override
        public boolean tokenIssuerMatches(String documented, JWTClaimsSet claims) {
            if (!documented.contains(TEMPLATE)) return documented.equals(claims.getIssuer());
            String tid;
            try {
                tid = claims.getStringClaim("tid");
            } catch (ParseException e) {
                return false;
            }
            return tid != null && TENANT_ID.matcher(tid).matches() && documented.replace(TEMPLATE, tid).equals(claims.getIssuer());
        }

        @Override
        public boolean responseIssuerMatches(String documented, String sent) {
            if (!documented.contains(TEMPLATE)) return documented.equals(sent);
            int at = documented.indexOf(TEMPLATE);
            String before = documented.substring(0, at);
            String after = documented.substring(at + TEMPLATE.length());
            return sent.length() > before.length() + after.length() && sent.startsWith(before) && sent.endsWith(after)
                    && TENANT_ID.matcher(sent.substring(before.length(), sent.length() - after.length())).matches();
        }
    }
}
