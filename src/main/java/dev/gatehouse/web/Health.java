package dev.gatehouse.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Readiness: every named check must pass (database reachable, signing keys loaded). */
public final class Health {
    private final Map<String, BooleanSupplier> checks;

    public Health(Map<String, BooleanSupplier> checks) {
        this.checks = checks;
    }

    Map<String, String> run() {
        Map<String, String> out = new LinkedHashMap<>();
        for (var check : checks.entrySet()) {
            boolean up;
            try {
                up = check.getValue().getAsBoolean();
            } catch (RuntimeException e) {
                up = false;
            }
            out.put(check.getKey(), up ? "UP" : "DOWN");
        }
        return out;
    }
}
