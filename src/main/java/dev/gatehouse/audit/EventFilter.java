package dev.gatehouse.audit;

import java.time.Instant;

/**
 * Which audit events to list; null fields do not filter. {@code from} inclusive, {@code to} exclusive.
 * {@code client} matches an event that names the client: as its actor (the client's own grants), its
 * identifier (client administration) or its detail's leading {@code client=} (consents).
 * {@code involving}: events whose subject ({@code user_id}) or actor is this user, a person's whole trail.
 */
public record EventFilter(String type, String outcome, String userId, String actor, String client, Instant from, Instant to,
                          String involving) {
    public EventFilter(String type, String outcome, String userId, String actor, String client, Instant from, Instant to) {
        this(type, outcome, userId, actor, client, from, to, null);
    }

    /** A person's trail: the events about this user or done by this user. */
    public static EventFilter involving(String userId) {
        return new EventFilter(null, null, null, null, null, null, null, userId);
    }
}
