package dev.gatehouse.core;

/** A unique constraint refused a write; {@code field} names what collided (e.g. {@code username}). */
public final class UniqueViolation extends RuntimeException {
    private final String field;

    public UniqueViolation(String field) {
        super("duplicate " + field, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
