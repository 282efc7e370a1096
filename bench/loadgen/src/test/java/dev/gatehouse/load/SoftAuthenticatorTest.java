package dev.gatehouse.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionAuthenticatorOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The generator's hand-written passkey, read back with webauthn4j (the server's WebAuthn library):
 * the attestation object and COSE key parse, the flags and RP ID hash are right, the assertion's
 * signature verifies with the registered key, and the counter grows.
 */
class SoftAuthenticatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private static final ObjectConverter CONVERTER = new ObjectConverter();

    @Test
    void registrationAndAssertionReadBackAsWebAuthnWantsThem() throws Exception {
        SoftAuthenticator key = new SoftAuthenticator("http://127.0.0.1:18090");
        JsonNode created = JSON.readTree(key.register("127.0.0.1", "Y2hhbGxlbmdl", "dXNlcg"));
        assertThat(created.path("type").asText()).isEqualTo("public-key");
        assertThat(created.path("id").asText()).isEqualTo(created.path("rawId").asText());
        JsonNode clientData = JSON.readTree(DEC.decode(created.path("response").path("clientDataJSON").asText()));
        assertThat(clientData.path("type").asText()).isEqualTo("webauthn.create");
        assertThat(clientData.path("origin").asText()).isEqualTo("http://127.0.0.1:18090");

        AttestationObject att = new AttestationObjectConverter(CONVERTER)
                .convert(DEC.decode(created.path("response").path("attestationObject").asText()));
        assertThat(att.getFormat()).isEqualTo("none");
        byte[] rpIdHash = MessageDigest.getInstance("SHA-256").digest("127.0.0.1".getBytes(StandardCharsets.UTF_8));
        assertThat(att.getAuthenticatorData().getRpIdHash()).isEqualTo(rpIdHash);
        assertThat(att.getAuthenticatorData().isFlagUV()).isTrue();
        assertThat(att.getAuthenticatorData().getSignCount()).isEqualTo(1);
        COSEKey cose = att.getAuthenticatorData().getAttestedCredentialData().getCOSEKey();
        assertThat(DEC.decode(created.path("id").asText()))
                .isEqualTo(att.getAuthenticatorData().getAttestedCredentialData().getCredentialId());

        JsonNode got = JSON.readTree(key.assertion("127.0.0.1", "b3RoZXI"));
        JsonNode response = got.path("response");
        byte[] authData = DEC.decode(response.path("authenticatorData").asText());
        AuthenticatorData<AuthenticationExtensionAuthenticatorOutput> data = new AuthenticatorDataConverter(CONVERTER).convert(authData);
        assertThat(data.getRpIdHash()).isEqualTo(rpIdHash);
        assertThat(data.isFlagUP() && data.isFlagUV()).isTrue();
        assertThat(data.getSignCount()).isEqualTo(2);
        assertThat(response.path("userHandle").asText()).isEqualTo("dXNlcg");
        byte[] cd = DEC.decode(response.path("clientDataJSON").asText());
        Signature verify = Signature.getInstance("SHA256withECDSA");
        verify.initVerify(cose.getPublicKey());
        verify.update(authData);
        verify.update(MessageDigest.getInstance("SHA-256").digest(cd));
        assertThat(verify.verify(DEC.decode(response.path("signature").asText()))).isTrue();

        key.assertion("127.0.0.1", "b3RoZXI");
        assertThat(key.signCount()).isEqualTo(3);
    }
}
