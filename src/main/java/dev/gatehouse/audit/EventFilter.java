package dev.gatehouse.audit;

import java.time.Instant;

/** Which audit events to list; null fields do not filter. {@code from} inclusive, {@code to} exclusive. */
public record EventFilter(String type, String userId, Instant from, Instant to) {}
