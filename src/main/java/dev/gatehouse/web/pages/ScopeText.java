package dev.gatehouse.web.pages;

import dev.gatehouse.i18n.Languages;
import dev.gatehouse.i18n.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scopes in words for the consent page: OIDC Core §5.4 standard scopes, and permissions {@code resource:action},
 * in the reader's language (keys {@code scope.*}); the resource names are the scope's own words.
 */
public final class ScopeText {
    /** One line of the consent list: the scope as sent, and what it means to the user. */
    public record Line(String scope, String text) {}

    private static final Set<String> STANDARD = Set.of("openid", "profile", "email", "offline_access");
    private static final Set<String> VERBS = Set.of("read", "list", "write", "create", "update", "delete", "manage", "admin");

    private ScopeText() {}

    /** In the order given; {@code openid} first if present. */
    public static List<Line> describe(Collection<String> scopes, Messages t) {
        List<Line> lines = new ArrayList<>();
        if (scopes.contains("openid")) lines.add(new Line("openid", describe("openid", t)));
        for (String s : scopes) {
            if (!s.equals("openid")) lines.add(new Line(s, describe(s, t)));
        }
        return lines;
    }

    /** One scope in English. */
    public static String describe(String scope) {
        return describe(scope, Languages.english());
    }

    /** One scope in words. */
    public static String describe(String scope, Messages t) {
        if (STANDARD.contains(scope)) return t.get("scope." + scope);
        int colon = scope.lastIndexOf(':');
        if (colon <= 0 || colon == scope.length() - 1) return t.get("scope.use", scope);
        String action = scope.substring(colon + 1).toLowerCase(Locale.ROOT);
        String[] path = scope.substring(0, colon).split(":");
        boolean admin = path.length > 1 && path[0].equals("admin");
        String resource = words(String.join(" ", admin ? java.util.Arrays.copyOfRange(path, 1, path.length) : path));
        String object = admin ? resource : t.get("scope.yours", resource);
        String phrase = VERBS.contains(action) ? t.get("scope.verb." + action, object) : t.get("scope.verb.other", object, words(action));
        return admin ? t.get("scope.admin", phrase) : phrase;
    }

    private static String words(String s) {
        return s.replace('_', ' ').replace('-', ' ').replace('.', ' ');
    }
}
