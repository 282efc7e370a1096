package dev.gatehouse.federation;

import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.i18n.Languages;

/**
 * An upstream sign-in that ends without a session or account. {@link #returnTo} is where the sign-in
 * was to continue (a pending authorization request, whose client is then told), known only when the
 * failing request came from the browser that started it; {@link #messageKey} names the sentence for the
 * person (translated by the pages), {@link #message} is its English for the API and the log.
 */
public final class FederationFailure extends RuntimeException {
    public enum Reason {
        /** The upstream said no, or the person declined there (OAuth {@code access_denied}). */
        DENIED(false),
        /** A check failed: state, browser binding, signature, iss, aud, nonce... ({@code access_denied}). */
        INVALID(false),
        /** The upstream could not be reached or answered in error ({@code server_error}). */
        UNAVAILABLE(false),
        /** Unknown, disabled, or disabled since the round trip began. */
        PROVIDER_UNAVAILABLE(false),
        /** Nothing to continue: unknown or spent state, expired ticket, another browser's round trip. */
        EXPIRED(false),
        /** The account policy refused: link_policy never, no signup, a disabled account, linked elsewhere. */
        REFUSED(true);

        private final boolean policy;

        Reason(boolean policy) {
            this.policy = policy;
        }

        /** True when the person may still sign in another way (the login page shows the message). */
        public boolean policy() {
            return policy;
        }
    }

    private final Reason reason;
    private final String returnTo;
    private final String messageKey;
    private final ErrorCode code;

    /** @param messageKey a {@code federation.*} key of the message bundles */
    public FederationFailure(Reason reason, String messageKey, String returnTo) {
        this(reason, messageKey, returnTo, ErrorCode.INVALID_CREDENTIALS);
    }

    /** @param code what the first-party API answers for it (native sign-in) */
    public FederationFailure(Reason reason, String messageKey, String returnTo, ErrorCode code) {
        super(reason + ": " + Languages.english().get(messageKey), null, false, false);
        this.reason = reason;
        this.messageKey = messageKey;
        this.returnTo = returnTo;
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public Reason reason() {
        return reason;
    }

    public String returnTo() {
        return returnTo;
    }

    /** The message in English. */
    public String message() {
        return Languages.english().get(messageKey);
    }

    /** The message's key in the bundles, for a page in the reader's language. */
    public String messageKey() {
        return messageKey;
    }

    FederationFailure withReturnTo(String to) {
        return new FederationFailure(reason, messageKey, to, code);
    }
}
