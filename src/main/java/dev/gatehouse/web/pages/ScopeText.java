package dev.gatehouse.web.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scopes in words for the consent page: OIDC Core §5.4 standard scopes, and permissions {@code resource:action}. */
public final class ScopeText {
    /** One line of the consent list: the scope as sent, and what it means to the user. */
    public record Line(String scope, String text) {}

    private static final Map<String, String> STANDARD = Map.of(
            "openid", "Confirm your identity",
            "profile", "See your name and username",
            "email", "See your email address and whether it is verified",
            "offline_access", "Stay signed in (keep access while you are away)");

    private static final Map<String, String> VERBS = Map.of(
            "read", "Read", "list", "List", "write", "Create and change", "create", "Create",
            "update", "Change", "delete", "Delete", "manage", "Manage", "admin", "Administer");

    private ScopeText() {}

    /** In the order given; {@code openid} first if present. */
    public static List<Line> describe(Collection<String> scopes) {
        List<Line> lines = new ArrayList<>();
        if (scopes.contains("openid")) lines.add(new Line("openid", STANDARD.get("openid")));
        for (String s : scopes) {
            if (!s.equals("openid")) lines.add(new Line(s, describe(s)));
        }
        return lines;
    }

    /** One scope in words. */
    public static String describe(String scope) {
        String standard = STANDARD.get(scope);
        if (standard != null) return standard;
        int colon = scope.lastIndexOf(':');
        if (colon <= 0 || colon == scope.length() - 1) return "Use \u201c" + scope + "\u201d";
        String action = scope.substring(colon + 1).toLowerCase(Locale.ROOT);
        String[] path = scope.substring(0, colon).split(":");
        boolean admin = path.length > 1 && path[0].equals("admin");
        String resource = words(String.join(" ", admin ? java.util.Arrays.copyOfRange(path, 1, path.length) : path));
        String verb = VERBS.get(action);
        String phrase = verb != null ? verb + " " + (admin ? "" : "your ") + resource
                : "Use your " + resource + " (\u201c" + words(action) + "\u201d)";
        return admin ? phrase + " (administration)" : phrase;
    }

    private static String words(String s) {
        return s.replace('_', ' ').replace('-', ' ').replace('.', ' ');
    }
}
