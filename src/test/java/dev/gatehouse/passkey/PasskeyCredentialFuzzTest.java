package dev.gatehouse.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.account.User;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.Fuzz;
import dev.gatehouse.testing.ServiceFixture;
import dev.gatehouse.testing.TestAuthenticator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Hostile credentials against the WebAuthn checks (the {@code credential} of API.md §7): any bytes in
 * any member, and one flipped byte of an otherwise valid assertion, are refused as such (no assertion,
 * or {@code invalid_credential}), never another exception, and quickly.
 */
class PasskeyCredentialFuzzTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final List<String> MEMBERS = List.of("clientDataJSON", "authenticatorData", "signature");

    private static final ServiceFixture FX = new ServiceFixture();
    private static final PasskeyService SERVICE = new PasskeyService(FX.stores.passkeys, FX.stores.challenges, FX.sessions, FX.audit,
            FX.clock, RelyingParty.of(ServiceFixture.ISSUER), Duration.ofMinutes(5));
    private static final User USER = FX.stores.user("fuzzer", List.of());
    private static final String SESSION = FX.sessions.start(USER.id(), ServiceFixture.FIRST_PARTY, null, null, null).session().id();
    private static final TestAuthenticator AUTHENTICATOR = new TestAuthenticator(0);

    static {
        JsonNode options = MAPPER.valueToTree(SERVICE.registrationOptions(USER.id(), SESSION, USER.username(), null));
        SERVICE.register(USER.id(), SESSION, "fuzz", MAPPER.valueToTree(AUTHENTICATOR.register(options, ServiceFixture.ISSUER)), null);
    }

    @AfterContainer
    static void close() {
        FX.close();
    }

    @Property
    void anyBytesInAnyMemberAreNoAssertion(@ForAll("blobs") byte[] clientData, @ForAll("blobs") byte[] authData,
                                           @ForAll("blobs") byte[] signature, @ForAll("ids") String id) {
        JsonNode c = MAPPER.valueToTree(Map.of("type", "public-key", "id", id, "response", Map.of(
                "clientDataJSON", B64.encodeToString(clientData), "authenticatorData", B64.encodeToString(authData),
                "signature", B64.encodeToString(signature))));
        Optional<Passkey> result = Fuzz.timed("assertion", () -> SERVICE.verifyAssertion(USER.id(), ChallengePurpose.SECOND_FACTOR, c));
        assertThat(result).isEmpty();
    }

    @Property
    void oneFlippedByteOfAValidAssertionIsRefused(@ForAll("members") String member, @ForAll int position,
                                                  @ForAll("nonZero") byte xor) {
        JsonNode options = MAPPER.valueToTree(SERVICE.secondFactorOptions(USER.id()));
        ObjectNode c = MAPPER.valueToTree(AUTHENTICATOR.assertion(options, ServiceFixture.ISSUER));
        ObjectNode response = (ObjectNode) c.get("response");
        byte[] bytes = Base64.getUrlDecoder().decode(response.get(member).asText());
        bytes[Math.floorMod(position, bytes.length)] ^= xor;
        response.put(member, B64.encodeToString(bytes));
        Optional<Passkey> result = Fuzz.timed("flipped", () -> SERVICE.verifyAssertion(USER.id(), ChallengePurpose.SECOND_FACTOR, c));
        assertThat(result).isEmpty();
    }

    @Property
    void anyAttestationBytesAreAnInvalidCredential(@ForAll("blobs") byte[] attestation, @ForAll("blobs") byte[] clientData) {
        JsonNode c = MAPPER.valueToTree(Map.of("type", "public-key", "id", "AAAA", "response", Map.of(
                "clientDataJSON", B64.encodeToString(clientData), "attestationObject", B64.encodeToString(attestation))));
        try {
            Fuzz.timed("registration", () -> SERVICE.register(USER.id(), SESSION, null, c, null));
            throw new AssertionError("registered garbage");
        } catch (DomainException e) {
            assertThat(e.error()).isEqualTo(ErrorCode.INVALID_CREDENTIAL);
        }
    }

    @Provide
    Arbitrary<byte[]> blobs() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> jsonish = Arbitraries.of("{}", "{\"challenge\":\"AAAA\"}", "{\"type\":\"webauthn.get\",\"challenge\":1}",
                "{\"challenge\":\"" + "A".repeat(3000) + "\"}", "[", "\u0000").map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // CBOR heads that claim huge lengths, maps and tags.
        Arbitrary<byte[]> cbor = Arbitraries.of(new byte[] {(byte) 0xbf}, new byte[] {(byte) 0x5b, -1, -1, -1, -1, -1, -1, -1, -1},
                new byte[] {(byte) 0xa3, 0x63, 'f', 'm', 't'}, new byte[] {(byte) 0xd8, 0x18, 0x40});
        return Arbitraries.oneOf(random, jsonish, cbor);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(Arbitraries.of(AUTHENTICATOR.credentialId(), "", "===", "!!"), Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> members() {
        return Arbitraries.of(MEMBERS);
    }

    @Provide
    Arbitrary<Byte> nonZero() {
        return Arbitraries.bytes().filter(b -> b != 0);
    }
}
