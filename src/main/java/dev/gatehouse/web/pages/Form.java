package dev.gatehouse.web.pages;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed, CSRF-checked form body: each name at most once, values decoded as UTF-8. */
public final class Form {
    private final Map<String, String> fields;
    private final Map<String, List<String>> repeated;

    /** @param repeated every value of the names allowed more than once ({@link Pages#form(io.javalin.http.Context, Set)}) */
    Form(Map<String, String> fields, Map<String, List<String>> repeated) {
        this.fields = Collections.unmodifiableMap(fields);
        this.repeated = repeated;
    }

    /** Every value of a name allowed more than once, in order; the one value, or none, of any other. */
    public List<String> all(String name) {
        List<String> values = repeated.get(name);
        if (values != null) return List.copyOf(values);
        String one = fields.get(name);
        return one == null ? List.of() : List.of(one);
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
