package dev.gatehouse.config;

/**
 * A configuration value that must never reach a log or {@code config print}.
 *
 * @param origin where the value was set ({@code GATEHOUSE_MASTER_KEY}, {@code --master-key}, {@code master.key in FILE}),
 *               for messages that must say which setting to fix; null when unknown
 */
public record Secret(String value, String origin) {
    public Secret(String value) {
        this(value, null);
    }

    public boolean isPresent() {
        return value != null && !value.isEmpty();
    }

    @Override
    public String toString() {
        return isPresent() ? "<redacted>" : "<unset>";
    }
}
