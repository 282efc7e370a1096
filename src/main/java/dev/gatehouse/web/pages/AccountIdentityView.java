package dev.gatehouse.web.pages;

import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.account.User;
import dev.gatehouse.federation.FederatedLogins;
import dev.gatehouse.federation.LinkedIdentities;
import dev.gatehouse.federation.LinkedIdentity;
import dev.gatehouse.session.SessionService;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the account page shows of the user's email change, linked upstream identities and applications'
 * token sessions: the data behind the partials {@code account_email.jte} and {@code account_app_sessions.jte}.
 * The forms of those sections are {@link AccountIdentityPages}'.
 */
public final class AccountIdentityView {
    /** A linked identity as the page lists it: the provider's name where it is still configured, else its id. */
    public record Identity(String providerId, String providerName, String email, Instant linkedAt) {}

    private final EmailVerification verification;
    private final LinkedIdentities identities;
    private final FederatedLogins logins;
    private final SessionService sessions;

    public AccountIdentityView(EmailVerification verification, LinkedIdentities identities, FederatedLogins logins, SessionService sessions) {
        this.verification = verification;
        this.identities = identities;
        this.logins = logins;
        this.sessions = sessions;
    }

    /** The template parameters of the sections for {@code user}. */
    Map<String, Object> of(User user) {
        Map<String, String> names = logins.buttons().stream()
                .collect(Collectors.toMap(FederatedLogins.Button::id, FederatedLogins.Button::name, (a, b) -> a));
        List<LinkedIdentity> linked = identities.of(user.id());
        Set<String> linkedIds = linked.stream().map(LinkedIdentity::providerId).collect(Collectors.toSet());
        Map<String, Object> params = new HashMap<>();
        params.put("pendingEmail", verification.pendingAddress(user).orElse(null));
        params.put("identities", linked.stream()
                .map(i -> new Identity(i.providerId(), names.getOrDefault(i.providerId(), i.providerId()), i.email(), i.createdAt())).toList());
        // One identity per provider and user (IdentityStore): only the others can be linked.
        params.put("linkable", logins.buttons().stream().filter(b -> !linkedIds.contains(b.id())).toList());
        params.put("appSessions", sessions.listLive(user.id()));
        return params;
    }
}
