package dev.gatehouse.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.core.SecureTokens;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The sealed successor of a refresh token opens only with its predecessor. */
class SuccessorSealTest {
    @Test
    void hkdfMatchesRfc5869TestCase3() throws Exception {
        byte[] ikm = new byte[22];
        Arrays.fill(ikm, (byte) 0x0b);
        // RFC 5869 Appendix A.3 (no salt, no info): the first 32 bytes of its 42-byte OKM.
        assertThat(HexFormat.of().formatHex(SuccessorSeal.hkdf(ikm, new byte[0])))
                .isEqualTo("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d");
    }

    @Test
    void sealedSuccessorWhenOpenedWithItsPredecessorThenTheSuccessor() {
        String predecessor = SecureTokens.random(32);
        String successor = SecureTokens.random(32);
        String sealed = SuccessorSeal.seal(predecessor, successor, SecureTokens.hash(predecessor));

        assertThat(sealed).doesNotContain(successor);
        assertThat(SuccessorSeal.open(predecessor, sealed, SecureTokens.hash(predecessor))).contains(successor);
    }

    @Test
    void sealedSuccessorWhenOpenedWithAnotherTokenOrRowOrAlteredThenNothing() {
        String predecessor = SecureTokens.random(32);
        String hash = SecureTokens.hash(predecessor);
        String sealed = SuccessorSeal.seal(predecessor, SecureTokens.random(32), hash);
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);

        assertThat(SuccessorSeal.open(SecureTokens.random(32), sealed, hash)).as("another token").isEmpty();
        assertThat(SuccessorSeal.open(predecessor, sealed, SecureTokens.hash(SecureTokens.random(32)))).as("another row").isEmpty();
        assertThat(SuccessorSeal.open(predecessor, altered, hash)).as("altered").isEmpty();
        assertThat(SuccessorSeal.open(predecessor, "not base64!", hash)).isEmpty();
        assertThat(SuccessorSeal.open(predecessor, "AAAA", hash)).as("too short").isEmpty();
    }

    @Test
    void oneThreadSealsAndOpensManyWithItsOwnCipherAfterARefusalToo() {
        String first = SecureTokens.random(32);
        String sealed = SuccessorSeal.seal(first, SecureTokens.random(32), SecureTokens.hash(first));
        assertThat(SuccessorSeal.open(SecureTokens.random(32), sealed, SecureTokens.hash(first))).as("a refused open").isEmpty();

        for (int i = 0; i < 50; i++) {
            String predecessor = SecureTokens.random(32);
            String successor = SecureTokens.random(32);
            String hash = SecureTokens.hash(predecessor);
            String again = SuccessorSeal.seal(predecessor, successor, hash);
            assertThat(again).as("a fresh nonce each time").isNotEqualTo(SuccessorSeal.seal(predecessor, successor, hash));
            assertThat(SuccessorSeal.open(predecessor, again, hash)).contains(successor);
        }
    }
}
