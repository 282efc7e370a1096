package dev.gatehouse.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.web.pages.ScopeText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one scope policy, case by case; the HTTP tests of each grant show it in use. */
class ScopePolicyTest {
    private static final List<String> CLIENT = List.of("openid", "profile", "email", "offline_access", "notes:read", "notes:write");
    private static final Grants EDITOR = new Grants(List.of("editor"), Set.of("notes:read", "notes:write", "admin:keys:read"));

    @Test
    void oidcScopesAreTheOnesServedAndEachHasWordsOnTheConsentPage() {
        assertThat(ScopePolicy.OIDC_SCOPES).containsExactlyInAnyOrder("openid", "profile", "email", "offline_access");
        assertThat(ScopePolicy.OIDC_SCOPES).allSatisfy(s -> assertThat(ScopeText.describe(s)).doesNotStartWith("Use"));
    }

    @Test
    void authorizationRequestGetsWhatTheClientMayAskForOfItAndOnlyPermissionsTheUserHolds() {
        assertThat(ScopePolicy.forUser(CLIENT, Set.of("notes:read"), null, List.of("openid", "notes:read", "notes:write", "admin:keys:read",
                "address", "phone"))).containsExactly("notes:read", "openid");
    }

    @Test
    void earlierGrantIsNarrowedByTheRequestAndTheClientsScopesNow() {
        List<String> earlier = List.of("openid", "email", "notes:read", "notes:write");
        assertThat(ScopePolicy.forUser(CLIENT, EDITOR.permissions(), earlier, null)).containsExactly("email", "notes:read", "notes:write", "openid");
        assertThat(ScopePolicy.forUser(CLIENT, EDITOR.permissions(), earlier, List.of("openid", "notes:read")))
                .containsExactly("notes:read", "openid");
        assertThat(ScopePolicy.forUser(List.of("openid"), EDITOR.permissions(), earlier, null)).containsExactly("openid");
        assertThat(ScopePolicy.forUser(CLIENT, Set.of(), earlier, null)).as("permissions removed since").containsExactly("email", "openid");
    }

    @Test
    void firstPartyWithoutEarlierScopeCarriesEveryPermissionHeldNowAndNoOidcScope() {
        assertThat(ScopePolicy.firstParty(EDITOR, null, null)).containsExactly("admin:keys:read", "notes:read", "notes:write");
        assertThat(ScopePolicy.firstParty(EDITOR, null, List.of("openid", "notes:read", "billing:read"))).containsExactly("notes:read");
    }

    @Test
    void firstPartyWithEarlierScopeStaysWithinIt() {
        assertThat(ScopePolicy.firstParty(EDITOR, List.of("notes:read", "billing:read"), null)).containsExactly("notes:read");
        assertThat(ScopePolicy.firstParty(EDITOR, List.of(), null)).as("a login that was granted nothing").isEmpty();
    }

    @Test
    void clientGetsWhatItAskedForOrAllItMayAskFor() {
        assertThat(ScopePolicy.forClient(List.of("b:write", "a:read"), null)).containsExactly("a:read", "b:write");
        assertThat(ScopePolicy.forClient(List.of("b:write", "a:read"), List.of("b:write"))).containsExactly("b:write");
    }

    @Test
    void beyondNamesWhatIsOutsideAndNothingWhenUnrestrictedOrNotAsked() {
        assertThat(ScopePolicy.beyond(List.of("openid"), List.of("openid", "notes:read"))).containsExactly("notes:read");
        assertThat(ScopePolicy.beyond(List.of("openid"), null)).isEmpty();
        assertThat(ScopePolicy.beyond(null, List.of("notes:read"))).isEmpty();
    }
}
