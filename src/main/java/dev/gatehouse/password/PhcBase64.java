package dev.gatehouse.password;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The "B64" encoding of the PHC string format: standard base64 alphabet without padding.
 * Decoding also accepts passlib's "adapted base64" ('.' instead of '+') and trailing '='
 * padding written by some other encoders, since it only reads stored legacy strings.
 */
final class PhcBase64 {

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9+/.]*={0,2}");

    private PhcBase64() {
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    static byte[] decode(String text, String field) throws MalformedHashException {
        if (!ALPHABET.matcher(text).matches()) {
            throw new MalformedHashException(field + " is not base64");
        }
        String unpadded = text.replace("=", "").replace('.', '+');
        try {
            return Base64.getDecoder().decode(unpadded);
        } catch (IllegalArgumentException e) {
            throw new MalformedHashException(field + " is not base64");
        }
    }
}
