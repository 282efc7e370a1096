package dev.gatehouse.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MasterKeyTest {

    private static final byte[] AAD = "gatehouse/signing-key/abc".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PLAIN = "the private key bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void encryptThenDecryptRoundTrips() {
        MasterKey key = MasterKey.generate();
        byte[] sealed = key.encrypt(PLAIN, AAD);
        assertThat(sealed).hasSize(MasterKey.NONCE_BYTES + PLAIN.length + 16);
        assertThat(key.decrypt(sealed, AAD)).isEqualTo(PLAIN);
    }

    @Test
    void encryptUsesAFreshNonceEachTime() {
        MasterKey key = MasterKey.generate();
        byte[] a = key.encrypt(PLAIN, AAD);
        byte[] b = key.encrypt(PLAIN, AAD);
        assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void decryptWhenAnyByteTamperedThenFails() {
        MasterKey key = MasterKey.generate();
        byte[] sealed = key.encrypt(PLAIN, AAD);
        for (int i = 0; i < sealed.length; i++) {
            byte[] copy = sealed.clone();
            copy[i] ^= 0x01;
            assertThatThrownBy(() -> key.decrypt(copy, AAD))
                    .as("byte %d flipped", i)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not authenticate");
        }
    }

    @Test
    void decryptWithWrongAadThenFails() {
        MasterKey key = MasterKey.generate();
        byte[] sealed = key.encrypt(PLAIN, AAD);
        byte[] otherAad = "gatehouse/signing-key/abd".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> key.decrypt(sealed, otherAad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> key.decrypt(sealed, new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decryptWithAnotherKeyThenFails() {
        byte[] sealed = MasterKey.generate().encrypt(PLAIN, AAD);
        assertThatThrownBy(() -> MasterKey.generate().decrypt(sealed, AAD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decryptTruncatedThenFails() {
        MasterKey key = MasterKey.generate();
        assertThatThrownBy(() -> key.decrypt(new byte[27], AAD)).hasMessageContaining("too short");
        byte[] sealed = key.encrypt(PLAIN, AAD);
        assertThatThrownBy(() -> key.decrypt(java.util.Arrays.copyOf(sealed, sealed.length - 1), AAD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void base64RoundTripKeepsTheKey() {
        MasterKey key = MasterKey.generate();
        MasterKey again = MasterKey.fromBase64(key.toBase64());
        assertThat(again.decrypt(key.encrypt(PLAIN, AAD), AAD)).isEqualTo(PLAIN);
        assertThat(Base64.getDecoder().decode(key.toBase64())).hasSize(32);
    }

    @Test
    void fromBase64AcceptsUrlSafeAndSurroundingWhitespace() {
        byte[] raw = new byte[32];
        raw[0] = (byte) 0xfb; // produces '-' or '_' in the URL-safe alphabet
        raw[1] = (byte) 0xff;
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        assertThat(url).containsAnyOf("-", "_");
        MasterKey a = MasterKey.fromBase64(" " + url + "\n");
        MasterKey b = MasterKey.fromBase64(Base64.getEncoder().encodeToString(raw));
        assertThat(b.decrypt(a.encrypt(PLAIN, AAD), AAD)).isEqualTo(PLAIN);
    }

    @Test
    void fromBase64WhenNot32BytesThenClearMessage() {
        String secretLooking = Base64.getEncoder().encodeToString(new byte[31]);
        assertThatThrownBy(() -> MasterKey.fromBase64(secretLooking))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("master key must be exactly 32 bytes (AES-256), got 31 bytes");
        assertThatThrownBy(() -> MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[33])))
                .hasMessageContaining("got 33 bytes");
        assertThatThrownBy(() -> MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("got 16 bytes");
    }

    @Test
    void fromBase64WhenNotBase64OrEmptyThenClearMessageWithoutTheValue() {
        assertThatThrownBy(() -> MasterKey.fromBase64("not*base64!secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid base64")
                .message().doesNotContain("secret");
        assertThatThrownBy(() -> MasterKey.fromBase64("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> MasterKey.fromBase64(null)).hasMessageContaining("empty");
    }

    @Test
    void toStringRevealsNothing() {
        MasterKey key = MasterKey.generate();
        assertThat(key.toString()).doesNotContain(key.toBase64()).contains("redacted");
    }
}
