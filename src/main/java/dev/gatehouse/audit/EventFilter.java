package dev.gatehouse.audit;

import java.time.Instant;

/**
 * Which audit events to list; null fields do not filter. {@code from} inclusive, {@code to} exclusive.
 * {@code client} matches an event that names the client: as its actor (the client's own grants), its
 * identifier (client administration) or its detail's leading {@code client=} (consents).
 */
public record EventFilter(String type, String outcome, String userId, String actor, String client, Instant from, Instant to) {}
