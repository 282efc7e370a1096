package dev.gatehouse.oauth.authorize;

import dev.gatehouse.i18n.Languages;
import java.net.URI;
import java.util.List;

/** What the web layer does next with an authorization request. */
public sealed interface AuthorizeOutcome {
    /**
     * An error shown to the user, never sent to the client: the client or redirect URI could not be
     * trusted (RFC 6749 §4.1.2.1, RFC 9700 §4.11.2: no open redirect). Title and message are keys of the
     * message bundles, so the page speaks the reader's language.
     */
    record ErrorPage(int status, String titleKey, String messageKey) implements AuthorizeOutcome {
        /** The title in English. */
        public String title() {
            return Languages.english().get(titleKey);
        }

        /** The message in English. */
        public String message() {
            return Languages.english().get(messageKey);
        }
    }

    /** A 303 to the client's redirect URI, carrying a code or an error, {@code state} and {@code iss}. */
    record Redirect(URI location) implements AuthorizeOutcome {}

    /**
     * The user must sign in (again, when {@code force}); the login page comes back to
     * {@code /oauth2/authorize/resume?id=handle}.
     */
    record Login(String handle, boolean force, String loginHint) implements AuthorizeOutcome {}

    /**
     * The user is signed in with one factor and the request asks for two (API.md §7 step-up): the
     * hosted second step, which comes back to {@code /oauth2/authorize/resume?id=handle}.
     */
    record SecondStep(String handle) implements AuthorizeOutcome {}

    /** The user must consent: go to {@code /consent?id=handle}. */
    record Consent(String handle) implements AuthorizeOutcome {}

    /** The consent page's content. {@code redirectUri} is where the form's answer will lead. */
    record ShowConsent(String handle, String clientName, List<String> scopes, String username, String redirectUri)
            implements AuthorizeOutcome {}
}
