package dev.gatehouse.federation;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Sign in with Apple" key as Apple hands it out: a PKCS#8 PEM ({@code .p8}) of a P-256 key, with
 * which the client secret (an ES256 JWT) is signed. Checked when it is saved, so a pasted certificate
 * or a truncated key fails at once and not at the first sign-in.
 */
public final class ApplePrivateKey {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    private ApplePrivateKey() {}

    /** Whether {@code pem} holds exactly one PKCS#8 EC private key on the 256-bit curve, and nothing else but blank space. */
    public static boolean isValid(String pem) {
        if (pem == null) return false;
        Matcher m = PEM.matcher(pem.strip());
        if (!m.matches()) return false;
        try {
            byte[] der = Base64.getMimeDecoder().decode(m.group(1));
            var key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            return key instanceof ECPrivateKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
