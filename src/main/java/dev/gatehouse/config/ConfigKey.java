package dev.gatehouse.config;

import java.util.Locale;

/**
 * One configuration key, known in three spellings: {@code database.url} in a file,
 * {@code GATEHOUSE_DATABASE_URL} in the environment, {@code --database-url} as a flag.
 */
public record ConfigKey(String name, String defaultValue, boolean secret, String description) {

    public String envName() {
        return "GATEHOUSE_" + name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    public String flagName() {
        return "--" + name.replace('.', '-');
    }
}
