package dev.gatehouse.config;

/** A configuration value that must never reach a log or {@code config print}. */
public record Secret(String value) {
    public boolean isPresent() {
        return value != null && !value.isEmpty();
    }

    @Override
    public String toString() {
        return isPresent() ? "<redacted>" : "<unset>";
    }
}
