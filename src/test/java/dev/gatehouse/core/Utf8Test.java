package dev.gatehouse.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Utf8#decode}: ASCII takes a shortcut; everything else is still decoded strictly (RFC 3629 §3). */
class Utf8Test {

    @Test
    void decodeWhenAsciiThenTheSameTextAsTheStrictDecoder() {
        byte[] ascii = new byte[128];
        for (int i = 0; i < ascii.length; i++) ascii[i] = (byte) i;
        assertThat(Utf8.decode(ascii)).contains(new String(ascii, StandardCharsets.UTF_8));
        assertThat(Utf8.decode(new byte[0])).contains("");
        assertThat(Utf8.decode("grant_type=refresh_token&refresh_token=a%2Bb".getBytes(StandardCharsets.US_ASCII)))
                .contains("grant_type=refresh_token&refresh_token=a%2Bb");
    }

    @Test
    void decodeWhenNotAsciiThenStrictUtf8() {
        assertThat(Utf8.decode("name=Zoë 🙂".getBytes(StandardCharsets.UTF_8))).contains("name=Zoë 🙂");
        assertThat(Utf8.decode(new byte[] {'a', (byte) 0xC0, (byte) 0xAF})).isEmpty(); // overlong "/"
        assertThat(Utf8.decode(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80})).isEmpty(); // encoded surrogate
        assertThat(Utf8.decode(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).isEmpty(); // truncated
        assertThat(Utf8.decode(new byte[] {(byte) 0xFF})).isEmpty();
    }
}
