package dev.gatehouse.keys;

import java.time.Instant;

/** What operators may see of a signing key (admin API, CLI): never key material. */
public record KeyInfo(String kid, String alg, String status, Instant createdAt, Instant publishUntil) {
}
