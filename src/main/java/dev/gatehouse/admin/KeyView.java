package dev.gatehouse.admin;

import dev.gatehouse.keys.KeyInfo;

/** A signing key's metadata for operators: never key material. {@code publish_until} is null while the key is active. */
public record KeyView(String kid, String alg, String status, String createdAt, String publishUntil) {

    public static KeyView of(KeyInfo k) {
        return new KeyView(k.kid(), k.alg(), k.status(), k.createdAt().toString(),
                k.publishUntil() == null ? null : k.publishUntil().toString());
    }
}
