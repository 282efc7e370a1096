package dev.gatehouse.web.http;

import dev.gatehouse.web.errors.HttpStatuses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.testing.Fuzz;
import dev.gatehouse.web.admin.AdminRequests;
import dev.gatehouse.web.admin.ClientBody;
import dev.gatehouse.web.api.Requests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The strict JSON reader behind every API body ({@link Json#parse}) against the request records of
 * the first-party and admin APIs: whatever the bytes, a parsed value or a catalogued 4xx, never
 * another exception (SECURITY.md "Robustness"). Byte-level mutations over HTTP are BodyFuzzTest's;
 * here the inputs are generated structurally, at unit speed.
 */
class JsonFuzzTest {
    private static final List<Class<?>> BODY_TYPES = List.of(Requests.Signup.class, Requests.Login.class, Requests.Refresh.class,
            Requests.Logout.class, Requests.PatchMe.class, Requests.ChangePassword.class, Requests.VerifyEmail.class,
            Requests.ForgotPassword.class, Requests.ResetPassword.class, Requests.CancelEmailChange.class, AdminRequests.CreateUser.class,
            AdminRequests.SetRoles.class, AdminRequests.CreateRole.class, ClientBody.class, JsonNode.class);
    private static final List<String> FIELDS = List.of("username", "password", "email", "name", "scope", "client_id",
            "refresh_token", "all", "current_password", "new_password", "token", "roles", "email_verified", "description",
            "permissions", "redirect_uris", "grant_types", "jwks", "jwks_uri", "first_party", "access_token_ttl",
            "access_token_signed_response_alg", "audience", "resource", "id", "disabled", "__proto__", "Username", "user name", "");

    @Property
    void parseWhenArbitraryBytesThenValueOrCataloguedClientError(@ForAll("bodyTypes") Class<?> type,
            @ForAll @Size(max = 300) byte[] body) {
        parseOrClientError(type, body);
    }

    @Property
    void parseWhenGeneratedJsonThenValueOrCataloguedClientError(@ForAll("bodyTypes") Class<?> type,
            @ForAll("jsonObjects") String json) {
        parseOrClientError(type, json.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void parseWhenDeeplyNestedThenRefusedQuickly(@ForAll("bodyTypes") Class<?> type,
            @ForAll("depths") int depth, @ForAll boolean arrays) {
        String open = arrays ? "[" : "{\"name\":";
        String close = arrays ? "]" : "}";
        String json = "{\"name\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}";
        parseOrClientError(type, json.getBytes(StandardCharsets.UTF_8));
    }

    /** What the server writes, it reads back the same (records are the API's wire format). */
    @Property
    void writeThenParseWhenSignupThenSameRecord(@ForAll("text") String username, @ForAll("text") String password,
            @ForAll("text") String email, @ForAll("text") String name) {
        Requests.Signup signup = new Requests.Signup(username, password, email, name);
        assertThat(Json.parse(Json.write(signup), Requests.Signup.class)).isEqualTo(signup);
    }

    @Property
    void writeThenParseWhenCreateUserThenSameRecord(@ForAll("text") String username, @ForAll("text") String email,
            @ForAll("roles") List<String> roles, @ForAll Boolean verified) {
        AdminRequests.CreateUser user = new AdminRequests.CreateUser(username, email, null, null, roles, verified, null);
        assertThat(Json.parse(Json.write(user), AdminRequests.CreateUser.class)).isEqualTo(user);
    }

    static void parseOrClientError(Class<?> type, byte[] body) {
        Fuzz.timed(type.getSimpleName(), () -> {
            try {
                Object value = Json.parse(body, type);
                assertThat(value).isNotNull();
            } catch (DomainException e) {
                assertThat(HttpStatuses.of(e.error())).as("%s: %s", e.error(), e.detail()).isBetween(400, 499);
            }
        });
    }

    @Provide
    Arbitrary<Class<?>> bodyTypes() {
        return Arbitraries.of(BODY_TYPES);
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.integers().between(1, 5000);
    }

    @Provide
    Arbitrary<String> text() {
        return Fuzz.text(60);
    }

    @Provide
    Arbitrary<List<String>> roles() {
        return Fuzz.text(20).list().ofMaxSize(4);
    }

    /** JSON objects of known and unknown fields with values of every type, duplicates included. */
    @Provide
    Arbitrary<String> jsonObjects() {
        Arbitrary<String> member = Combinators.combine(Arbitraries.oneOf(Arbitraries.of(FIELDS), Fuzz.text(12)), value(2))
                .as((k, v) -> TextNode.valueOf(k) + ":" + v);
        Arbitrary<String> object = member.list().ofMaxSize(6).map(m -> m.stream().collect(Collectors.joining(",", "{", "}")));
        Arbitrary<String> withDuplicate = member.list().ofMinSize(1).ofMaxSize(4).map(m -> {
            List<String> all = new ArrayList<>(m);
            all.add(m.get(0));
            return all.stream().collect(Collectors.joining(",", "{", "}"));
        });
        Arbitrary<String> topLevel = value(2);
        Arbitrary<String> trailing = Combinators.combine(object, Arbitraries.of(" ", "{}", "x", "//c", "\u0000", ",", "]"))
                .as((o, t) -> o + t);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, object), net.jqwik.api.Tuple.of(2, withDuplicate),
                net.jqwik.api.Tuple.of(1, topLevel), net.jqwik.api.Tuple.of(1, trailing));
    }

    private static Arbitrary<String> value(int depth) {
        List<Arbitrary<String>> scalars = new ArrayList<>(List.of(
                Fuzz.text(40).map(s -> TextNode.valueOf(s).toString()),
                Arbitraries.of("null", "true", "false", "0", "-0", "1e999999", "-1", "9223372036854775808", "1.5", "1E-400",
                        "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "\"a\\u0000b\"", "NaN", "Infinity", "'x'", "01", "\"\\x\""),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf)));
        if (depth > 0) {
            Arbitrary<String> element = value(depth - 1);
            scalars.add(element.list().ofMaxSize(4).map(l -> l.stream().collect(Collectors.joining(",", "[", "]"))));
            scalars.add(Combinators.combine(Arbitraries.of(FIELDS), element).as((k, v) -> "{" + TextNode.valueOf(k) + ":" + v + "}"));
        }
        return Arbitraries.oneOf(scalars);
    }
}
