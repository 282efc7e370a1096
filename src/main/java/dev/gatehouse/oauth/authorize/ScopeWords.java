package dev.gatehouse.oauth.authorize;

import java.util.ArrayList;
import java.util.List;

/** The consent page's sentence for each scope. */
final class ScopeWords {
    private ScopeWords() {}

    static List<String> describe(List<String> scopes) {
        List<String> out = new ArrayList<>();
        for (String s : scopes) {
            out.add(switch (s) {
                case "openid" -> "Know who you are (your account id)";
                case "profile" -> "See your username and name";
                case "email" -> "See your email address";
                case "offline_access" -> "Stay signed in and act for you while you are away";
                default -> {
                    int colon = s.lastIndexOf(':');
                    yield colon > 0 ? "Permission to " + s.substring(colon + 1) + " your " + s.substring(0, colon) + " (" + s + ")"
                            : "Permission " + s;
                }
            });
        }
        return out;
    }
}
