package dev.gatehouse.web.pages;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/** A parsed, CSRF-checked form body: each name at most once, values decoded as UTF-8. */
public final class Form {
    private final Map<String, String> fields;

    Form(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** The value, or null when the field was not sent. */
    public String get(String name) {
        return fields.get(name);
    }

    /** The value, or {@code fallback} when absent. */
    public String get(String name, String fallback) {
        return fields.getOrDefault(name, fallback);
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    public Set<String> names() {
        return fields.keySet();
    }

    @Override
    public String toString() {
        return "Form" + fields.keySet(); // values may be passwords
    }
}
