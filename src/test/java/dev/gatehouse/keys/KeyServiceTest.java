package dev.gatehouse.keys;

import dev.gatehouse.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyServiceTest {

    static final Duration TTL = Duration.ofMinutes(15);
    static final String ISSUER = "https://id.example.test";
    static final String AUD = "https://api.example.test";

    private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final FakeSigningKeyStore store = new FakeSigningKeyStore();
    private final MasterKey masterKey = MasterKey.generate();
    private final ObjectMapper json = new ObjectMapper();

    private KeyService service(String alg) {
        return new KeyService(store, masterKey, clock, alg, TTL);
    }

    static AccessTokenRequest userToken() {
        return new AccessTokenRequest("2f1d7c1e-3a51-4a5e-9b1e-6d8f3a0b9c11", List.of(AUD), "web",
                List.of("openid", "notes:read"), List.of("user"), "sess-1", Duration.ofMinutes(5));
    }

    @Test
    void ensureActiveKeyWhenCalledTwiceThenCreatesOneKey() {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        keys.ensureActiveKey();
        assertThat(store.all()).hasSize(1);
        assertThat(keys.hasActiveKey()).isTrue();
        assertThat(keys.keys()).singleElement().satisfies(k -> {
            assertThat(k.alg()).isEqualTo("RS256");
            assertThat(k.status()).isEqualTo("active");
            assertThat(k.kid()).matches("[A-Za-z0-9_-]{22}");
        });
    }

    @Test
    void ensureActiveKeyWhenTwoNodesRaceThenOneKeyAndBothUseIt() throws Exception {
        for (int round = 0; round < 3; round++) {
            FakeSigningKeyStore shared = new FakeSigningKeyStore();
            shared.findActiveBarrier = new CyclicBarrier(2); // both see "no key" before either inserts
            KeyService a = new KeyService(shared, masterKey, clock, "ES256", TTL);
            KeyService b = new KeyService(shared, masterKey, clock, "ES256", TTL);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> fa = pool.submit(() -> a.ensureActiveKey());
                Future<?> fb = pool.submit(() -> b.ensureActiveKey());
                fa.get();
                fb.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(shared.all()).hasSize(1);
            String kid = shared.all().get(0).kid();
            assertThat(a.signingKey().kid()).isEqualTo(kid);
            assertThat(b.signingKey().kid()).isEqualTo(kid);
        }
    }

    @Test
    void ensureActiveKeyWhenConfiguredAlgorithmChangedThenCreatesItsKeyAndKeepsTheOldOneForIdTokens() {
        KeyService rs = service("RS256");
        rs.ensureActiveKey();
        String rsKid = rs.signingKey().kid();
        KeyService es = service("ES256");
        es.ensureActiveKey();
        assertThat(es.signingKey().stored().alg()).isEqualTo("ES256");
        assertThat(es.activeKey("RS256").kid()).isEqualTo(rsKid);
        assertThat(store.all()).extracting(StoredKey::alg, StoredKey::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("RS256", "active"),
                        org.assertj.core.groups.Tuple.tuple("ES256", "active"));
    }

    @Test
    void keyOfAnotherAlgorithmIsCreatedOnFirstUseThenAnsweredFromMemory() {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        String accessKid = keys.signingKey().kid();

        LoadedKey es = keys.activeKey("ES256");
        assertThat(es.algorithm().getName()).isEqualTo("ES256");
        assertThat(store.all()).filteredOn(StoredKey::isActive).extracting(StoredKey::alg)
                .containsExactlyInAnyOrder("RS256", "ES256");
        assertThat(kids(keys)).containsExactlyInAnyOrder(accessKid, es.kid());

        store.publishableQueries.set(0);
        for (int i = 0; i < 100; i++) {
            assertThat(keys.activeKey("ES256").kid()).isEqualTo(es.kid());
            keys.ensureActiveKey("ES256");
        }
        assertThat(store.publishableQueries.get()).as("no store read per token").isZero();
        assertThat(keys.signingKey().kid()).as("access tokens keep the configured algorithm").isEqualTo(accessKid);
        assertThatThrownBy(() -> keys.ensureActiveKey("HS256")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoNodesRacingToCreateTheSameAlgorithmsKeyEndWithOneAndBothUseIt() throws Exception {
        for (int round = 0; round < 3; round++) {
            FakeSigningKeyStore shared = new FakeSigningKeyStore();
            KeyService a = new KeyService(shared, masterKey, clock, "RS256", TTL);
            KeyService b = new KeyService(shared, masterKey, clock, "RS256", TTL);
            a.ensureActiveKey();
            b.ensureActiveKey();
            shared.findActiveBarrier = new CyclicBarrier(2); // both see "no ES256 key" before either inserts
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<LoadedKey> fa = pool.submit(() -> a.activeKey("ES256"));
                Future<LoadedKey> fb = pool.submit(() -> b.activeKey("ES256"));
                assertThat(fa.get().kid()).isEqualTo(fb.get().kid());
            } finally {
                pool.shutdownNow();
            }
            assertThat(shared.all()).filteredOn(k -> k.alg().equals("ES256")).singleElement()
                    .satisfies(k -> assertThat(k.kid()).isEqualTo(a.activeKey("ES256").kid()));
        }
    }

    @Test
    void rotateAllRotatesEveryActiveAlgorithmAndKeepsTheOldKeysPublished() {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        String oldRs = keys.signingKey().kid();
        String oldEs = keys.activeKey("ES256").kid();
        Instant rotatedAt = clock.instant();

        List<StoredKey> fresh = keys.rotateAll();

        assertThat(fresh).extracting(StoredKey::alg).containsExactly("RS256", "ES256");
        assertThat(keys.signingKey().kid()).isEqualTo(fresh.get(0).kid());
        assertThat(keys.activeKey("ES256").kid()).isEqualTo(fresh.get(1).kid());
        assertThat(store.all()).filteredOn(k -> k.kid().equals(oldRs) || k.kid().equals(oldEs))
                .hasSize(2).allSatisfy(k -> {
                    assertThat(k.status()).isEqualTo(StoredKey.RETIRED);
                    assertThat(k.publishUntil()).isEqualTo(rotatedAt.plus(TTL).plusSeconds(90));
                });
        assertThat(kids(keys)).containsExactlyInAnyOrder(fresh.get(0).kid(), fresh.get(1).kid(), oldRs, oldEs);
        assertThat(store.all()).filteredOn(StoredKey::isActive).hasSize(2);
    }

    @Test
    void idTokensAreSignedWithTheRequestedAlgorithmAndCheckedWithTheAlgorithmOfTheirKey() throws Exception {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        IdTokens idTokens = new IdTokens(keys, ISSUER);
        com.nimbusds.jwt.JWTClaimsSet claims = new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer(ISSUER).subject("u1").build();

        for (String alg : KeyService.ALGORITHMS) {
            com.nimbusds.jwt.SignedJWT signed = com.nimbusds.jwt.SignedJWT.parse(idTokens.sign(claims, alg));
            assertThat(signed.getHeader().getAlgorithm().getName()).isEqualTo(alg);
            assertThat(signed.getHeader().getKeyID()).isEqualTo(keys.activeKey(alg).kid());
            assertThat(idTokens.verifyIgnoringExpiry(signed.serialize())).get().extracting(c -> c.getSubject()).isEqualTo("u1");
        }
        // Signed by the ES256 key but naming the RS256 key's kid: the kid's key decides, so it is refused.
        com.nimbusds.jwt.SignedJWT forged = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(
                com.nimbusds.jose.JWSAlgorithm.ES256).keyID(keys.activeKey("RS256").kid()).build(), claims);
        forged.sign(keys.activeKey("ES256").signer());
        assertThat(idTokens.verifyIgnoringExpiry(forged.serialize())).isEmpty();
        assertThatThrownBy(() -> idTokens.sign(claims, "HS256")).isInstanceOf(IllegalArgumentException.class);
        assertThat(keys.signingKey().algorithm().getName()).isEqualTo("RS256");
    }

    @Test
    void verifierTakesTheAlgorithmFromTheKeyNamedByKidNotFromTheHeader() throws Exception {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        LoadedKey rs = keys.signingKey();
        LoadedKey es = keys.activeKey("ES256");
        AccessTokenVerifier verifier = new AccessTokenVerifier(keys, ISSUER, AUD, clock, Duration.ofSeconds(60), 0);
        String valid = new AccessTokenIssuer(keys, ISSUER, clock).issue(userToken()).token();
        com.nimbusds.jwt.JWTClaimsSet claims = com.nimbusds.jwt.SignedJWT.parse(valid).getJWTClaimsSet();

        // Signed by the ES256 key, header says ES256, kid names the RS256 key: refused.
        com.nimbusds.jwt.SignedJWT forged = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(es.algorithm())
                .type(AccessTokenIssuer.AT_JWT).keyID(rs.kid()).build(), claims);
        forged.sign(es.signer());
        assertThatThrownBy(() -> verifier.verify(forged.serialize())).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("alg does not match the key");
        assertThat(verifier.verify(valid).subject()).isNotBlank();
    }

    @Test
    void privateKeyIsStoredEncryptedUnderTheMasterKeyBoundToItsKid() throws Exception {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        StoredKey row = store.all().get(0);
        byte[] sealed = Base64.getDecoder().decode(row.encryptedPrivateKey());
        byte[] pkcs8 = masterKey.decrypt(sealed, SigningKeyFactory.aad(row.kid()));
        assertThat(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)))
                .isInstanceOf(RSAPrivateCrtKey.class);
        assertThatThrownBy(() -> masterKey.decrypt(sealed, SigningKeyFactory.aad("another-kid")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(row.publicJwk()).doesNotContain("\"d\"");
    }

    @Test
    void ensureActiveKeyWithWrongMasterKeyThenFailsClearly() {
        service("RS256").ensureActiveKey();
        KeyService wrong = new KeyService(store, MasterKey.generate(), clock, "RS256", TTL);
        assertThatThrownBy(wrong::ensureActiveKey)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not decrypt")
                .hasMessageContaining("master key");
    }

    @Test
    void ensureActiveKeyWhenPrivateKeyDoesNotMatchPublicKeyThenFails() throws Exception {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        StoredKey row = store.all().get(0);
        // Swap in another key pair's public JWK under the same kid.
        StoredKey other = new SigningKeyFactory(masterKey, null, new java.security.SecureRandom())
                .generate("RS256", clock.instant());
        FakeSigningKeyStore tampered = new FakeSigningKeyStore();
        String otherJwkSameKid = new com.nimbusds.jose.jwk.RSAKey.Builder(
                com.nimbusds.jose.jwk.RSAKey.parse(other.publicJwk())).keyID(row.kid()).build().toJSONString();
        tampered.put(new StoredKey(row.kid(), row.alg(), otherJwkSameKid, row.encryptedPrivateKey(),
                StoredKey.ACTIVE, row.createdAt(), null));
        KeyService victim = new KeyService(tampered, masterKey, clock, "RS256", TTL);
        assertThatThrownBy(victim::ensureActiveKey).hasMessageContaining("does not match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "ES256", "PS256"})
    void jwksHasOnlyPublicMembersAndKidAlgUse(String alg) throws Exception {
        KeyService keys = service(alg);
        keys.ensureActiveKey();
        keys.rotate();
        JsonNode jwks = json.readTree(keys.jwksJson());
        assertThat(jwks.fieldNames()).toIterable().containsExactly("keys");
        assertThat(jwks.get("keys")).hasSize(2);
        for (JsonNode k : jwks.get("keys")) {
            Set<String> names = new java.util.HashSet<>();
            k.fieldNames().forEachRemaining(names::add);
            assertThat(names).doesNotContainAnyElementsOf(List.of("d", "p", "q", "dp", "dq", "qi", "oth", "k"));
            assertThat(k.get("kid").asText()).isNotBlank();
            assertThat(k.get("alg").asText()).isEqualTo(alg);
            assertThat(k.get("use").asText()).isEqualTo("sig");
            assertThat(k.get("kty").asText()).isEqualTo(alg.equals("ES256") ? "EC" : "RSA");
            if (alg.equals("ES256")) {
                assertThat(k.get("crv").asText()).isEqualTo("P-256");
            }
        }
    }

    @Test
    void jwksWhenStoredJwkHasPrivateMembersThenStillPublishesPublicOnly() throws Exception {
        // A row written by something else with the private JWK in the public column must not leak.
        com.nimbusds.jose.jwk.RSAKey full = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("leaky").generate();
        FakeSigningKeyStore s2 = new FakeSigningKeyStore();
        s2.put(new SigningKeyFactory(masterKey, null, new java.security.SecureRandom()).generate("RS256", clock.instant()));
        s2.put(new StoredKey("leaky", "RS256", full.toJSONString(), "", StoredKey.RETIRED, clock.instant(),
                clock.instant().plusSeconds(600)));
        KeyService k2 = new KeyService(s2, masterKey, clock, "RS256", TTL);
        k2.ensureActiveKey();
        assertThat(full.toJSONString()).contains("\"d\"");
        assertThat(k2.jwksJson()).contains("leaky").doesNotContain("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"qi\"");
    }

    @Test
    void rotateKeepsOldKidPublishedUntilPublishUntilThenDropsIt() throws Exception {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        String oldKid = keys.signingKey().kid();
        Instant rotatedAt = clock.instant();
        StoredKey fresh = keys.rotate();

        assertThat(keys.signingKey().kid()).isEqualTo(fresh.kid()).isNotEqualTo(oldKid);
        Instant publishUntil = store.all().stream().filter(k -> k.kid().equals(oldKid)).findFirst().orElseThrow()
                .publishUntil();
        // TTL + 60 s verification skew + 30 s cache refresh interval of other nodes.
        assertThat(publishUntil).isEqualTo(rotatedAt.plus(TTL).plusSeconds(90));
        assertThat(kids(keys)).containsExactly(fresh.kid(), oldKid);

        clock.set(publishUntil.minusSeconds(1));
        assertThat(kids(keys)).containsExactly(fresh.kid(), oldKid);
        assertThat(keys.verificationKey(oldKid)).isNotNull();

        clock.set(publishUntil);
        assertThat(kids(keys)).containsExactly(fresh.kid());
        assertThat(keys.verificationKey(oldKid)).isNull();
        assertThat(keys.keys()).extracting(KeyInfo::kid).containsExactly(fresh.kid());
    }

    @Test
    void tokensSignedBeforeRotationStillVerify() {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        AccessTokenIssuer issuer = new AccessTokenIssuer(keys, ISSUER, clock);
        AccessTokenVerifier verifier = new AccessTokenVerifier(keys, ISSUER, AUD, clock, Duration.ofSeconds(60), 0);
        IssuedToken before = issuer.issue(userToken());
        keys.rotate();
        IssuedToken after = issuer.issue(userToken());
        assertThat(header(after.token()).get("kid").asText()).isNotEqualTo(header(before.token()).get("kid").asText());
        clock.advance(Duration.ofMinutes(4));
        assertThat(verifier.verify(before.token()).jti()).isEqualTo(before.jti());
        assertThat(verifier.verify(after.token()).jti()).isEqualTo(after.jti());
    }

    @Test
    void whenAnotherNodeRotatesThenUnknownKidIsFoundAndSignerSwitchesWithinRefreshInterval() {
        KeyService nodeA = service("RS256");
        KeyService nodeB = service("RS256");
        nodeA.ensureActiveKey();
        nodeB.ensureActiveKey();
        AccessTokenIssuer issuerA = new AccessTokenIssuer(nodeA, ISSUER, clock);
        AccessTokenIssuer issuerB = new AccessTokenIssuer(nodeB, ISSUER, clock);
        AccessTokenVerifier verifierB = new AccessTokenVerifier(nodeB, ISSUER, AUD, clock, Duration.ofSeconds(60), 0);
        String oldKid = nodeB.signingKey().kid();

        StoredKey fresh = nodeA.rotate();
        // Node B verifies node A's new token at once: unknown kid, one reload.
        assertThat(verifierB.verify(issuerA.issue(userToken()).token()).subject()).isNotBlank();
        assertThat(kids(nodeB)).contains(fresh.kid());
        // That reload also moved node B's signer to the new key.
        assertThat(header(issuerB.issue(userToken()).token()).get("kid").asText()).isEqualTo(fresh.kid())
                .isNotEqualTo(oldKid);
    }

    @Test
    void signerSeesAnotherNodesRotationAfterTheRefreshInterval() {
        KeyService nodeA = service("RS256");
        KeyService nodeB = service("RS256");
        nodeA.ensureActiveKey();
        nodeB.ensureActiveKey();
        AccessTokenIssuer issuerB = new AccessTokenIssuer(nodeB, ISSUER, clock);
        String oldKid = nodeB.signingKey().kid();
        StoredKey fresh = nodeA.rotate();

        clock.advance(Duration.ofSeconds(29));
        assertThat(header(issuerB.issue(userToken()).token()).get("kid").asText()).isEqualTo(oldKid);
        clock.advance(Duration.ofSeconds(1));
        assertThat(header(issuerB.issue(userToken()).token()).get("kid").asText()).isEqualTo(fresh.kid());
    }

    @Test
    void unknownKidReloadsTheStoreAtMostOncePerSecond() {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        store.publishableQueries.set(0);
        for (int i = 0; i < 50; i++) {
            assertThat(keys.verificationKey("forged-kid-" + i)).isNull();
        }
        assertThat(store.publishableQueries.get()).isEqualTo(1);
        clock.advance(Duration.ofMillis(999));
        assertThat(keys.verificationKey("forged")).isNull();
        assertThat(store.publishableQueries.get()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(keys.verificationKey("forged")).isNull();
        assertThat(store.publishableQueries.get()).isEqualTo(2);
    }

    @Test
    void refreshReadsTheStoreAtMostEvery30Seconds() {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        store.publishableQueries.set(0);
        for (int i = 0; i < 100; i++) {
            keys.jwksJson();
            keys.signingKey();
        }
        assertThat(store.publishableQueries.get()).isZero();
        clock.advance(Duration.ofSeconds(30));
        keys.jwksJson();
        keys.jwksJson();
        assertThat(store.publishableQueries.get()).isEqualTo(1);
    }

    @Test
    void whenStoreFailsDuringRefreshThenCachedKeysKeepWorking() {
        KeyService keys = service("RS256");
        keys.ensureActiveKey();
        AccessTokenIssuer issuer = new AccessTokenIssuer(keys, ISSUER, clock);
        AccessTokenVerifier verifier = new AccessTokenVerifier(keys, ISSUER, AUD, clock, Duration.ofSeconds(60), 0);
        store.failing = true;
        clock.advance(Duration.ofSeconds(31));
        IssuedToken t = issuer.issue(userToken());
        assertThat(verifier.verify(t.token()).jti()).isEqualTo(t.jti());
        store.failing = false;
    }

    @Test
    void issueBeforeEnsureActiveKeyThenFailsClearly() {
        KeyService keys = service("RS256");
        AccessTokenIssuer issuer = new AccessTokenIssuer(keys, ISSUER, clock);
        assertThatThrownBy(() -> issuer.issue(userToken())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no active signing key");
    }

    @Test
    void unsupportedAlgorithmRefused() {
        assertThatThrownBy(() -> service("HS256")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service("none")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service("ES512")).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> algorithmsAndProviders() {
        List<Arguments> out = new ArrayList<>();
        Provider accp = CryptoProviders.healthyAccp().orElse(null);
        for (String alg : List.of("RS256", "ES256", "PS256")) {
            out.add(Arguments.of(alg, "jca-default"));
            if (accp != null) {
                out.add(Arguments.of(alg, "accp"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("algorithmsAndProviders")
    void issueThenVerifyRoundTrips(String alg, String providerName) {
        Provider provider = providerName.equals("accp") ? CryptoProviders.healthyAccp().orElseThrow() : null;
        KeyService keys = new KeyService(store, masterKey, clock, alg, TTL, provider);
        keys.ensureActiveKey();
        AccessTokenIssuer issuer = new AccessTokenIssuer(keys, ISSUER, clock);
        IssuedToken t = issuer.issue(userToken());

        JsonNode h = header(t.token());
        assertThat(h.get("alg").asText()).isEqualTo(alg);
        assertThat(h.get("typ").asText()).isEqualTo("at+jwt");
        assertThat(h.get("kid").asText()).isEqualTo(keys.signingKey().kid());

        // A node using the other provider verifies it too (interoperability of signatures).
        Provider otherProvider = provider == null ? CryptoProviders.healthyAccp().orElse(null) : null;
        KeyService other = new KeyService(store, masterKey, clock, alg, TTL, otherProvider);
        other.ensureActiveKey();
        for (KeyService ks : List.of(keys, other)) {
            VerifiedAccessToken v = new AccessTokenVerifier(ks, ISSUER, AUD, clock, Duration.ofSeconds(60), 0)
                    .verify(t.token());
            assertThat(v.subject()).isEqualTo("2f1d7c1e-3a51-4a5e-9b1e-6d8f3a0b9c11");
            assertThat(v.jti()).isEqualTo(t.jti());
        }
    }

    private List<String> kids(KeyService keys) {
        try {
            List<String> out = new ArrayList<>();
            json.readTree(keys.jwksJson()).get("keys").forEach(k -> out.add(k.get("kid").asText()));
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode header(String token) {
        try {
            return json.readTree(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
