package dev.gatehouse.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.Hash;
import com.password4j.PBKDF2Function;
import com.password4j.Password;
import com.password4j.ScryptFunction;
import com.password4j.types.Argon2;
import com.password4j.types.Bcrypt;
import com.password4j.types.Hmac;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes as other systems write them, made by other implementations than the server's
 * (password4j, the JDK, BouncyCastle the way Keycloak calls it), with cheap parameters. Use
 * ASCII passwords: password4j's {@code $2a$} does not agree with OpenBSD's for other characters.
 */
public final class ForeignHashes {
    /** The hash kinds {@code POST /admin/v1/users} takes as {@code password_hash}. */
    public static final List<String> KINDS = List.of("bcrypt-2a", "bcrypt-2b", "bcrypt-2y", "scrypt", "pbkdf2-sha256",
            "pbkdf2-sha512", "pbkdf2-sha256-passlib", "argon2id", "argon2i");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

    private ForeignHashes() {}

    /** A hash of {@code password} in the given kind (see {@link #KINDS}). */
    public static String hash(String kind, String password) {
        return switch (kind) {
            case "bcrypt-2a" -> Password.hash(password).with(BcryptFunction.getInstance(Bcrypt.A, 5)).getResult();
            case "bcrypt-2b" -> Password.hash(password).with(BcryptFunction.getInstance(Bcrypt.B, 5)).getResult();
            // password4j refuses to write $2y$ (PHP's name for $2b$); BouncyCastle writes it.
            case "bcrypt-2y" -> {
                byte[] salt = salt(16);
                yield OpenBSDBCrypt.generate("2y", password.getBytes(java.nio.charset.StandardCharsets.UTF_8), salt, 5);
            }
            // passlib's scrypt string around password4j's raw output: N = 2^10, r = 8, p = 1.
            case "scrypt" -> {
                Hash h = Password.hash(password).addRandomSalt(16).with(ScryptFunction.getInstance(1 << 10, 8, 1, 32));
                yield "$scrypt$ln=10,r=8,p=1$" + B64.encodeToString(h.getSaltBytes()) + "$" + B64.encodeToString(h.getBytes());
            }
            case "pbkdf2-sha256" -> pbkdf2Phc("sha256", Hmac.SHA256, password, 32);
            case "pbkdf2-sha512" -> pbkdf2Phc("sha512", Hmac.SHA512, password, 64);
            // passlib: rounds without "i=", adapted base64 ('.' for '+').
            case "pbkdf2-sha256-passlib" -> {
                byte[] salt = salt(16);
                yield "$pbkdf2-sha256$1000$" + B64.encodeToString(salt).replace('+', '.') + "$"
                        + B64.encodeToString(jdkPbkdf2("PBKDF2WithHmacSHA256", password, salt, 1000, 32)).replace('+', '.');
            }
            case "argon2id" -> Password.hash(password).addRandomSalt(16).with(Argon2Function.getInstance(1024, 2, 1, 32, Argon2.ID))
                    .getResult();
            case "argon2i" -> Password.hash(password).addRandomSalt(16).with(Argon2Function.getInstance(512, 3, 2, 32, Argon2.I))
                    .getResult();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String pbkdf2Phc(String digest, Hmac hmac, String password, int bytes) {
        byte[] salt = salt(16);
        byte[] key = jdkPbkdf2(hmac == Hmac.SHA256 ? "PBKDF2WithHmacSHA256" : "PBKDF2WithHmacSHA512", password, salt, 1000, bytes);
        // password4j gives the same bytes; the JDK's are used so the salt is ours.
        Hash h = Password.hash(password).addSalt(salt).with(PBKDF2Function.getInstance(hmac, 1000, bytes * 8));
        if (!java.util.Arrays.equals(h.getBytes(), key)) throw new IllegalStateException("PBKDF2 implementations disagree");
        return "$pbkdf2-" + digest + "$i=1000$" + B64.encodeToString(salt) + "$" + B64.encodeToString(key);
    }

    /**
     * A Keycloak user representation (realm export) with a password credential as Keycloak's
     * providers store it: pbkdf2-sha256 / pbkdf2-sha512 (512-bit key, Pbkdf2PasswordHashProvider)
     * or argon2 (Argon2PasswordHashProvider: BouncyCastle, type id, version 1.3, 32-byte hash).
     */
    public static ObjectNode keycloakUser(String username, String email, String algorithm, String password) {
        byte[] salt = salt(16);
        byte[] value;
        int iterations;
        ObjectNode params = JSON.createObjectNode();
        switch (algorithm) {
            case "pbkdf2-sha256" -> {
                iterations = 27_500;
                value = jdkPbkdf2("PBKDF2WithHmacSHA256", password, salt, iterations, 64);
            }
            case "pbkdf2-sha512" -> {
                iterations = 30_000;
                value = jdkPbkdf2("PBKDF2WithHmacSHA512", password, salt, iterations, 64);
            }
            case "argon2" -> {
                iterations = 3;
                Argon2BytesGenerator generator = new Argon2BytesGenerator();
                generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                        .withSalt(salt).withParallelism(1).withMemoryAsKB(2048).withIterations(iterations).build());
                value = new byte[32];
                generator.generateBytes(password.toCharArray(), value);
                params.set("type", JSON.createArrayNode().add("id"));
                params.set("version", JSON.createArrayNode().add("1.3"));
                params.set("hashLength", JSON.createArrayNode().add("32"));
                params.set("memory", JSON.createArrayNode().add("2048"));
                params.set("parallelism", JSON.createArrayNode().add("1"));
            }
            default -> throw new IllegalArgumentException(algorithm);
        }
        ObjectNode user = JSON.createObjectNode();
        user.put("id", java.util.UUID.randomUUID().toString());
        user.put("createdTimestamp", 1_700_000_000_000L);
        user.put("username", username);
        user.put("enabled", true);
        user.put("totp", false);
        user.put("emailVerified", true);
        user.put("firstName", "Kay");
        user.put("lastName", "Cloak");
        user.put("email", email);
        ObjectNode credential = JSON.createObjectNode();
        credential.put("id", java.util.UUID.randomUUID().toString());
        credential.put("type", "password");
        credential.put("createdDate", 1_700_000_000_000L);
        credential.put("secretData", write(Map.of("value", Base64.getEncoder().encodeToString(value),
                "salt", Base64.getEncoder().encodeToString(salt), "additionalParameters", Map.of())));
        ObjectNode data = JSON.createObjectNode();
        data.put("hashIterations", iterations);
        data.put("algorithm", algorithm);
        data.set("additionalParameters", params);
        credential.put("credentialData", data.toString());
        ArrayNode credentials = user.putArray("credentials");
        credentials.add(credential);
        user.putArray("disableableCredentialTypes");
        user.putArray("requiredActions");
        user.putArray("realmRoles").add("default-roles-acme");
        user.put("notBefore", 0);
        user.putArray("groups");
        return user;
    }

    /** A line of Auth0's user export joined with its password hash export: bcrypt $2b$10$. */
    public static ObjectNode auth0User(String username, String email, String password) {
        ObjectNode user = JSON.createObjectNode();
        user.put("user_id", "auth0|" + Long.toHexString(RANDOM.nextLong()));
        user.put("email", email);
        user.put("email_verified", true);
        if (username != null) user.put("username", username);
        user.put("name", "Auth Zero");
        user.put("nickname", "a0");
        user.put("created_at", "2024-01-02T03:04:05.678Z");
        user.put("passwordHash", Password.hash(password).with(BcryptFunction.getInstance(Bcrypt.B, 10)).getResult());
        user.put("connection", "Username-Password-Authentication");
        return user;
    }

    private static byte[] jdkPbkdf2(String algorithm, String password, byte[] salt, int iterations, int bytes) {
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8))
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] salt(int n) {
        byte[] salt = new byte[n];
        RANDOM.nextBytes(salt);
        return salt;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
