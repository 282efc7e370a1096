package dev.gatehouse.web.pages;

import dev.gatehouse.core.FieldError;
import dev.gatehouse.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the console's section forms share: lists typed one per line or separated by spaces, numbers,
 * checkboxes, and the words of a service's field errors next to the field they are about. Lists are
 * text areas, never repeated names: the form parser refuses a name sent twice.
 */
final class ConsoleForms {
    private ConsoleForms() {}

    /** The field errors of a form, by field, and the ones about fields the form does not show. */
    record Errors(Map<String, String> byField, List<String> other) {
        static final Errors NONE = new Errors(Map.of(), List.of());

        boolean any() {
            return !byField.isEmpty() || !other.isEmpty();
        }
    }

    /** The lines of a text area, trimmed, empty ones dropped; null stays null (the field was not on the form). */
    static List<String> lines(String text) {
        if (text == null) return null;
        return Arrays.stream(text.split("\r\n|\r|\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Space-separated words (scopes), empty ones dropped; null stays null. */
    static List<String> words(String text) {
        if (text == null) return null;
        return Arrays.stream(text.strip().split("[ \t]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** A checkbox of a form that shows it: sent ("on") or not. */
    static boolean checked(Form form, String name) {
        return form.has(name);
    }

    /**
     * A count of seconds as typed; empty is null (the default). A value that is no whole number adds an
     * {@code invalid} error for the field, as the service would for a wrong type.
     */
    static Long seconds(Form form, String name, List<FieldError> errors) {
        String v = form.get(name);
        if (v == null || v.isBlank()) return null;
        String s = v.strip();
        if (!s.matches("[0-9]{1,12}")) {
            errors.add(new FieldError(name, "invalid"));
            return null;
        }
        return Long.parseLong(s);
    }

    /**
     * The service's field errors in the page's language: each next to its field when the form shows it
     * ({@code shown}), the others above the form with the field's API name. The first error of a field wins.
     */
    static Errors errors(Messages t, List<FieldError> errors, Set<String> shown) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (FieldError e : errors) {
            String text = text(t, e);
            if (shown.contains(e.field())) byField.putIfAbsent(e.field(), text);
            else other.add(t.get("admin.form.other_field", e.field(), text));
        }
        return new Errors(byField, List.copyOf(other));
    }

    /** One field error as a sentence: {@code admin.fe.<code>} with the limits as arguments, or a general sentence. */
    static String text(Messages t, FieldError e) {
        String key = "admin.fe." + e.code();
        Map<String, Object> l = e.limits();
        Object allowed = l.get(FieldError.ALLOWED) instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList()) : "";
        Object[] args = {or(l.get(FieldError.MAX_LENGTH)), or(l.get(FieldError.MAX_ITEMS)), or(l.get(FieldError.MINIMUM)),
                or(l.get(FieldError.MAXIMUM)), allowed};
        if (e.code().equals("unsupported") || e.code().equals("invalid")) {
            if (!"".equals(allowed)) return t.get("admin.fe.one_of", args);
        }
        if (l.isEmpty() && (e.code().equals("too_long") || e.code().equals("too_many") || e.code().equals("out_of_range"))) {
            return t.get("admin.fe.invalid");
        }
        return t.get(t.has(key) ? key : "admin.fe.other", args);
    }

    private static Object or(Object o) {
        return o == null ? 0 : o;
    }
}
