package dev.gatehouse.core;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** Time-ordered random UUIDs (RFC 9562 version 7): unguessable, and index-friendly for paging. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    public static String newId(Clock clock) {
        long millis = clock.millis();
        long rand1 = RANDOM.nextLong();
        long rand2 = RANDOM.nextLong();
        long msb = (millis << 16) | 0x7000L | (rand1 & 0x0FFFL);
        long lsb = (rand2 & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
