package dev.gatehouse.password;

/** The three Argon2 variants (RFC 9106 section 3.1, type y) and their PHC identifiers. */
enum Argon2Variant {
    ARGON2D("argon2d"),
    ARGON2I("argon2i"),
    ARGON2ID("argon2id");

    /** Argon2 version 1.3 (0x13 = 19), the current one; RFC 9106 section 3.1. */
    static final int VERSION_13 = 0x13;
    /** Argon2 version 1.0 (0x10 = 16): PHC strings without a "v=" field (reference encoding). */
    static final int VERSION_10 = 0x10;

    private final String phcId;

    Argon2Variant(String phcId) {
        this.phcId = phcId;
    }

    String phcId() {
        return phcId;
    }

    static Argon2Variant fromPhcId(String id) {
        for (Argon2Variant variant : values()) {
            if (variant.phcId.equals(id)) {
                return variant;
            }
        }
        return null;
    }
}
