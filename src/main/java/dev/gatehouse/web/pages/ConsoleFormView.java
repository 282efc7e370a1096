package dev.gatehouse.web.pages;

import java.util.List;
import java.util.Map;

/**
 * What a console form shows, for its template: each field's value (as stored, or as typed when the
 * service refused it) and the words of its error next to it.
 */
public interface ConsoleFormView {
    Map<String, String> values();

    ConsoleForms.Errors errors();

    /** The value of a field as the input shows it ("" when none). */
    default String value(String name) {
        return values().getOrDefault(name, "");
    }

    /** Whether a checkbox is ticked. */
    default boolean checked(String name) {
        return values().containsKey(name);
    }

    /** The words of the field's error, or null. */
    default String error(String name) {
        return errors().byField().get(name);
    }

    /** The errors about fields the form does not show, above it. */
    default List<String> otherErrors() {
        return errors().other();
    }

    default boolean hasErrors() {
        return errors().any();
    }
}
